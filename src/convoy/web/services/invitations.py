"""Invitations: single-use, expiring links that create an account and a membership."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, User
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from convoy.missions.models import Counterpart, Delegation, Mission
from convoy.web.models import Invitation, Membership, Role
from convoy.web.services.secrets import digest_of, new_secret


class InvitationError(Exception):
    """The link is unknown, used or expired; the text says which, in the user's language."""


@dataclass(frozen=True)
class Issued:
    invitation: Invitation
    token: str  # shown once: only its digest is stored


def issue_invitation(
    *,
    mission: Mission,
    email: str,
    role: str,
    delegation: Delegation | None = None,
    counterpart: Counterpart | None = None,
    created_by: AbstractBaseUser | None = None,
    days: int | None = None,
) -> Issued:
    if (role == Role.DELEGATION) != (delegation is not None) or (role == Role.COUNTERPART) != (counterpart is not None):
        raise InvitationError(_("A delegation member needs a delegation, a counterpart contact a counterpart."))
    token = new_secret()
    lifetime = dt.timedelta(days=days if days is not None else settings.CONVOY_INVITATION_DAYS)
    invitation = Invitation.objects.create(
        mission=mission,
        email=email,
        role=role,
        delegation=delegation,
        counterpart=counterpart,
        digest=digest_of(token),
        expires_at=timezone.now() + lifetime,
        created_by=created_by,
    )
    return Issued(invitation=invitation, token=token)


def send_invitation(*, issued: Issued, link: str) -> None:
    """E-mail the link through Django's configured backend (the console by default)."""
    mission = issued.invitation.mission
    subject = _("Invitation to %(mission)s") % {"mission": mission.title}
    body = _(
        "You are invited to take part in %(mission)s as %(role)s.\n\nOpen this link to create your account "
        "(it works once, until %(date)s):\n%(link)s\n"
    ) % {
        "mission": mission.title,
        "role": issued.invitation.get_role_display(),
        "date": f"{issued.invitation.expires_at:%Y-%m-%d %H:%M} UTC",
        "link": link,
    }
    send_mail(subject, body, None, [issued.invitation.email])


def find_invitation(*, token: str) -> Invitation:
    """The open invitation of ``token``; raises :class:`InvitationError` when it cannot be used."""
    invitation = Invitation.objects.select_related("mission").filter(digest=digest_of(token)).first()
    if invitation is None:
        raise InvitationError(_("This invitation link is not valid."))
    if invitation.used_at is not None:
        raise InvitationError(_("This invitation has already been used."))
    if invitation.expires_at <= timezone.now():
        raise InvitationError(_("This invitation has expired; ask the organizer for a new one."))
    return invitation


@transaction.atomic
def accept_invitation(*, token: str, username: str, password: str) -> User:
    """Create the account and its membership, and spend the invitation."""
    invitation = find_invitation(token=token)
    locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if locked.used_at is not None:
        raise InvitationError(_("This invitation has already been used."))
    user = User.objects.create_user(username=username, email=invitation.email, password=password)
    Membership.objects.create(
        user=user,
        mission=invitation.mission,
        role=invitation.role,
        delegation=invitation.delegation,
        counterpart=invitation.counterpart,
    )
    locked.used_at = timezone.now()
    locked.save(update_fields=["used_at"])
    return user
