"""API tokens: made from the profile page, shown once, stored as digests."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, User
from django.utils import timezone

from convoy.web.models import ApiToken
from convoy.web.services.secrets import digest_of, new_secret


def create_token(*, user: AbstractBaseUser, name: str) -> tuple[ApiToken, str]:
    secret = new_secret()
    token = ApiToken.objects.create(user=user, name=name, prefix=secret[:8], digest=digest_of(secret))
    return token, secret


def user_of_token(*, secret: str) -> User | None:
    token = ApiToken.objects.select_related("user").filter(digest=digest_of(secret)).first()
    if token is None or not token.user.is_active:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user


def revoke_token(*, user: AbstractBaseUser, token_id: int) -> bool:
    deleted, _detail = ApiToken.objects.filter(user=user, pk=token_id).delete()
    return deleted > 0
