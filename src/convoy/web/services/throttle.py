"""Login throttling against guessing: failed attempts counted per account and per address
over a sliding window, in the database (no external service)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from convoy.web.models import LoginAttempt


def _limits() -> tuple[int, int, dt.timedelta]:
    limit = settings.CONVOY_LOGIN_LIMIT
    return limit["per_account"], limit["per_address"], dt.timedelta(seconds=limit["window_seconds"])


def is_blocked(*, username: str, address: str) -> bool:
    per_account, per_address, window = _limits()
    recent = LoginAttempt.objects.filter(at__gte=timezone.now() - window)
    return (
        recent.filter(username=username.lower()).count() >= per_account
        or recent.filter(address=address).count() >= per_address
    )


def record_failure(*, username: str, address: str) -> None:
    LoginAttempt.objects.create(username=username.lower()[:150], address=address)


def forget_failures(*, username: str) -> None:
    """A successful login clears the account's count (the address keeps its own)."""
    LoginAttempt.objects.filter(username=username.lower()).delete()


def prune_attempts() -> int:
    """Delete attempts older than the window; returns how many."""
    _a, _b, window = _limits()
    deleted, _detail = LoginAttempt.objects.filter(at__lt=timezone.now() - window).delete()
    return deleted
