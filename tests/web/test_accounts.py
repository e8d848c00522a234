"""Login (throttled per account and per address), logout, password reset, invitations, tokens."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from tests.web.conftest import PASSWORD, Cast, client_for

from convoy.web.models import ApiToken, Invitation, LoginAttempt, Membership, Role
from convoy.web.services.invitations import InvitationError, accept_invitation, issue_invitation
from convoy.web.services.throttle import prune_attempts

pytestmark = pytest.mark.django_db
LOGIN = "/accounts/login/"


def login(client: Client, username: str, password: str, address: str = "10.0.0.1") -> int:
    response = client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)
    return response.status_code


def test_login_and_logout(cast: Cast) -> None:
    client = Client()
    assert login(client, "gdl", PASSWORD) == 302
    assert client.get("/").status_code == 200
    assert client.post("/accounts/logout/").status_code == 302
    assert client.get("/")["Location"] == "/accounts/login/?next=/"


def test_five_failures_lock_the_account_even_with_the_right_password(cast: Cast) -> None:
    client = Client()
    assert [login(client, "gdl", "wrong") for _ in range(5)] == [200] * 5
    response = client.post(LOGIN, {"username": "gdl", "password": PASSWORD}, REMOTE_ADDR="10.0.0.1")
    assert "Too many failed attempts." in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert login(Client(), "mty", PASSWORD) == 302  # other accounts are not affected


def test_an_address_guessing_many_accounts_is_locked(cast: Cast, settings: object) -> None:
    settings.CONVOY_LOGIN_LIMIT = {"per_account": 50, "per_address": 3, "window_seconds": 900}  # type: ignore[attr-defined]
    for name in ("a", "b", "c"):
        assert login(Client(), name, "guess", address="10.9.9.9") == 200
    assert login(Client(), "gdl", PASSWORD, address="10.9.9.9") == 200
    assert login(Client(), "gdl", PASSWORD, address="10.1.1.1") == 302


def test_a_success_clears_the_accounts_failures_and_old_attempts_are_pruned(cast: Cast) -> None:
    for _ in range(3):
        login(Client(), "gdl", "wrong")
    assert login(Client(), "gdl", PASSWORD) == 302
    assert LoginAttempt.objects.filter(username="gdl").count() == 0
    login(Client(), "mty", "wrong")
    LoginAttempt.objects.update(at=timezone.now() - dt.timedelta(hours=1))
    assert prune_attempts() == 1


def test_password_reset_sends_a_link_that_sets_a_new_password(cast: Cast) -> None:
    client = Client()
    assert client.post("/accounts/password-reset/", {"email": "gdl@example.org"}).status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/reset/\S+/)", mail.outbox[0].body)
    assert link is not None
    form_page = client.get(link.group(1), follow=True)
    new = "another long passphrase 42"
    done = client.post(form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert done["Location"] == "/accounts/reset/done/"
    assert login(Client(), "gdl", new) == 302


def test_an_invitation_creates_the_account_and_membership_once(cast: Cast) -> None:
    organizer = client_for(cast.organizer)
    response = organizer.post(
        reverse("web:invitations", args=["convoy-la"]),
        {"email": "ana@gdl.example", "role": "delegation", "delegation": cast.gdl.pk, "send": "on"},
    )
    assert response.status_code == 200
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["ana@gdl.example"]
    link = re.search(r"http://testserver(/invitations/\S+/)", mail.outbox[0].body)
    assert link is not None and link.group(0) in response.content.decode()
    guest = Client()
    password = "a long invitation passphrase"
    accepted = guest.post(link.group(1), {"username": "ana", "password1": password, "password2": password})
    assert accepted["Location"] == "/m/convoy-la/"
    membership = Membership.objects.get(user__username="ana")
    assert (membership.role, membership.delegation_id, membership.user.email) == (
        "delegation",
        cast.gdl.pk,
        "ana@gdl.example",
    )
    again = Client().post(link.group(1), {"username": "ana2", "password1": password, "password2": password})
    assert again.status_code == 410 and "already been used" in again.content.decode()


def test_expired_and_unknown_invitations_are_refused(cast: Cast) -> None:
    issued = issue_invitation(mission=cast.mission, email="x@example.org", role=Role.VIEWER, days=0)
    with pytest.raises(InvitationError, match="has expired"):
        accept_invitation(token=issued.token, username="x", password="long enough pass 1")
    assert Client().get("/invitations/nonsense/").status_code == 410
    with pytest.raises(InvitationError, match="needs a delegation"):
        issue_invitation(mission=cast.mission, email="y@example.org", role=Role.DELEGATION)
    assert Invitation.objects.get().digest != issued.token


def test_weak_passwords_and_taken_usernames_are_refused(cast: Cast) -> None:
    issued = issue_invitation(mission=cast.mission, email="v@example.org", role=Role.VIEWER)
    page = Client().post(f"/invitations/{issued.token}/", {"username": "gdl", "password1": "123", "password2": "123"})
    text = page.content.decode()
    assert "This username is taken" in text and "This password is too short" in text
    assert not User.objects.filter(email="v@example.org").exists()


def test_api_tokens_are_shown_once_and_stored_as_digests(cast: Cast) -> None:
    client = client_for(cast.gdl_member)
    page = client.post("/accounts/profile/", {"name": "script"}).content.decode()
    secret = re.search(r'<code id="new-token">([^<]+)</code>', page)
    assert secret is not None
    token = ApiToken.objects.get(user=cast.gdl_member)
    assert token.prefix == secret.group(1)[:8] and secret.group(1) not in token.digest
    assert secret.group(1) not in client.get("/accounts/profile/").content.decode()
    assert client_for(cast.mty_member).post(f"/accounts/tokens/{token.pk}/revoke/").status_code == 302
    assert ApiToken.objects.filter(pk=token.pk).exists()
    client.post(f"/accounts/tokens/{token.pk}/revoke/")
    assert not ApiToken.objects.filter(pk=token.pk).exists()


def test_forms_need_the_csrf_token(cast: Cast) -> None:
    client = Client(enforce_csrf_checks=True)
    assert client.post(LOGIN, {"username": "gdl", "password": PASSWORD}).status_code == 403
