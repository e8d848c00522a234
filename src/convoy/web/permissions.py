"""Who may see and do what — the one place, used by the pages and the API alike.

A user's standing in a mission is an :class:`Access`: organizer (mission staff), delegation
member (of one delegation), counterpart contact (of one counterpart) or viewer; superusers
count as organizers everywhere. A delegation sees its own profile, requests, agenda,
documents and outcomes plus what the mission publishes (public activities of the published
programme), never another delegation's private data; a counterpart sees its own agenda and
the requests made to it; organizers' private notes stay with organizers.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q, QuerySet

from convoy.agenda.models import AgendaVersion, Placement
from convoy.agenda.models.choices import VersionStatus
from convoy.missions.models import Counterpart, Delegation, MeetingRequest, Mission
from convoy.outcomes.models import Outcome
from convoy.web.models import Membership, Role

User = AbstractBaseUser | AnonymousUser


@dataclass(frozen=True)
class Access:
    """A user's standing in one mission (``role`` empty: none)."""

    mission_id: int
    role: str = ""
    delegation_id: int | None = None
    counterpart_id: int | None = None

    @property
    def organizer(self) -> bool:
        return self.role == Role.ORGANIZER


def access_of(*, user: User, mission: Mission) -> Access:
    if not user.is_authenticated:
        return Access(mission_id=mission.pk)
    if getattr(user, "is_superuser", False):
        return Access(mission_id=mission.pk, role=Role.ORGANIZER)
    found = Membership.objects.filter(user=user, mission=mission).first()
    if found is None:
        return Access(mission_id=mission.pk)
    return Access(
        mission_id=mission.pk,
        role=found.role,
        delegation_id=found.delegation_id,
        counterpart_id=found.counterpart_id,
    )


def visible_missions(*, user: User) -> QuerySet[Mission]:
    if not user.is_authenticated:
        return Mission.objects.none()
    if getattr(user, "is_superuser", False):
        return Mission.objects.all()
    ids = Membership.objects.filter(user=user).values("mission_id")
    return Mission.objects.filter(pk__in=ids)


def can_create_mission(*, user: User) -> bool:
    return bool(user.is_authenticated and user.has_perm("missions.add_mission"))


def can_view_mission(*, access: Access) -> bool:
    return bool(access.role)


def can_manage(*, access: Access) -> bool:
    """Organizer work: import, matchmaking, planning, editing, publishing, invitations."""
    return access.organizer


def can_replan(*, access: Access) -> bool:
    """Re-plan the published agenda after a change: organizers only."""
    return can_manage(access=access)


def can_confirm_placements(*, access: Access) -> bool:
    """Mark placements confirmed (re-plans keep them pinned): organizers only."""
    return can_manage(access=access)


def _mine(access: Access, mission_id: int) -> bool:
    return access.mission_id == mission_id


def can_view_delegation(*, access: Access, delegation: Delegation) -> bool:
    """The profile with needs, offers and members: organizers and the delegation itself."""
    if not _mine(access, delegation.mission_id):
        return False
    return access.organizer or access.delegation_id == delegation.pk


def can_edit_delegation(*, access: Access, delegation: Delegation) -> bool:
    return can_view_delegation(access=access, delegation=delegation)


def can_list_counterparts(*, access: Access) -> bool:
    """Organizers, delegations (to ask for meetings) and viewers see who can be met."""
    return access.role in (Role.ORGANIZER, Role.DELEGATION, Role.VIEWER)


def can_view_counterpart(*, access: Access, counterpart: Counterpart) -> bool:
    if not _mine(access, counterpart.mission_id):
        return False
    return can_list_counterparts(access=access) or access.counterpart_id == counterpart.pk


def can_view_private_notes(*, access: Access) -> bool:
    return access.organizer


def visible_requests(*, access: Access, requests: QuerySet[MeetingRequest]) -> QuerySet[MeetingRequest]:
    requests = requests.filter(mission_id=access.mission_id)
    if access.organizer:
        return requests
    if access.role == Role.DELEGATION:
        return requests.filter(delegation_id=access.delegation_id)
    if access.role == Role.COUNTERPART:
        return requests.filter(counterpart_id=access.counterpart_id)
    return requests.none()


def can_view_request(*, access: Access, request: MeetingRequest) -> bool:
    if not _mine(access, request.mission_id):
        return False
    return (
        access.organizer
        or access.delegation_id == request.delegation_id
        or access.counterpart_id == request.counterpart_id
    )


def can_make_request(*, access: Access, delegation: Delegation) -> bool:
    return can_edit_delegation(access=access, delegation=delegation)


def can_answer_request(*, access: Access, request: MeetingRequest) -> bool:
    """Accept or decline: the organizer or the counterpart asked."""
    if not _mine(access, request.mission_id):
        return False
    return access.organizer or access.counterpart_id == request.counterpart_id


def can_withdraw_request(*, access: Access, request: MeetingRequest) -> bool:
    if not _mine(access, request.mission_id):
        return False
    return access.organizer or access.delegation_id == request.delegation_id


def can_view_version(*, access: Access, version: AgendaVersion) -> bool:
    """Drafts and superseded versions are the organizers'; everyone in the mission sees the published one."""
    if not _mine(access, version.mission_id):
        return False
    return access.organizer or (bool(access.role) and version.status == VersionStatus.PUBLISHED)


def visible_placements(*, access: Access, version: AgendaVersion) -> QuerySet[Placement]:
    """What of ``version`` this user sees: all (organizers), or their own plus public activities."""
    placements = version.placements.all()
    if access.organizer:
        return placements
    public = Q(activity__public=True, request__isnull=True)
    if access.role == Role.DELEGATION:
        return placements.filter(public | Q(delegations__pk=access.delegation_id)).distinct()
    if access.role == Role.COUNTERPART:
        return placements.filter(public | Q(counterparts__pk=access.counterpart_id)).distinct()
    return placements.filter(public)


def can_view_agenda_of_delegation(*, access: Access, delegation: Delegation) -> bool:
    return can_view_delegation(access=access, delegation=delegation)


def can_view_agenda_of_counterpart(*, access: Access, counterpart: Counterpart) -> bool:
    if not _mine(access, counterpart.mission_id):
        return False
    return access.organizer or access.counterpart_id == counterpart.pk


def can_view_whole_agenda(*, access: Access) -> bool:
    """Views by venue and by day show every meeting: organizers only."""
    return access.organizer


def can_view_outcomes_of(*, access: Access, delegation: Delegation) -> bool:
    return can_view_delegation(access=access, delegation=delegation)


def can_record_outcome(*, access: Access, request: MeetingRequest) -> bool:
    """What a meeting produced is logged by the organizer or the delegation that met."""
    if not _mine(access, request.mission_id):
        return False
    return access.organizer or access.delegation_id == request.delegation_id


def visible_outcomes(*, access: Access, outcomes: QuerySet[Outcome]) -> QuerySet[Outcome]:
    outcomes = outcomes.filter(mission_id=access.mission_id)
    if access.organizer:
        return outcomes
    if access.role == Role.DELEGATION:
        return outcomes.filter(request__delegation_id=access.delegation_id)
    return outcomes.none()
