"""Stored delegations and counterparts as the matchmaker's profiles, and group-session seats.

Ids given to the engine: a delegation is its organization's key (``mun-14039``), a
counterpart its organization's key at its leg (``netflix@los-angeles``: one organization can
be met in several legs). An interest without SCIAN codes takes its organization's.

Seats: a marquee counterpart shares its time through the group sessions it hosts; the
seats it offers are those still free in them (seats less the delegations already listed).
A fixed session listing nobody is open to every delegation of its leg: it offers none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from convoy.matching import Direction, Interest, Kind, Language, Profile
from convoy.missions.models import Activity, Counterpart, Delegation
from convoy.missions.models import Interest as StoredInterest
from convoy.missions.models.choices import ActivityKind
from convoy.missions.services.match_capacity import meeting_capacity


@dataclass(frozen=True)
class SessionSeats:
    """A group session of a marquee counterpart: its free seats and who already sits."""

    activity: int
    free: int
    seated: frozenset[int]


def delegation_id(delegation: Delegation) -> str:
    return delegation.organization.key


def counterpart_id(counterpart: Counterpart) -> str:
    return f"{counterpart.organization.key}@{counterpart.leg.code}"


def engine_interests(*, interests: Iterable[StoredInterest], codes: list[str]) -> tuple[Interest, ...]:
    return tuple(
        Interest(
            direction=Direction(i.direction),
            kind=Kind(i.kind),
            axis=i.axis.code if i.axis is not None else "",
            scian=tuple(i.scian_codes or codes),
            text=i.text,
            language=Language.EN if i.language == "en" else Language.ES,
        )
        for i in interests
    )


def delegation_profile(*, delegation: Delegation, cap: int) -> Profile:
    organization = delegation.organization
    return Profile(
        id=delegation_id(delegation),
        name=organization.name,
        organization_kind=organization.kind,
        interests=engine_interests(interests=delegation.interests.all(), codes=organization.scian_codes),
        small=organization.small,
        capacity=cap * delegation.parallel_tracks,
    )


def counterpart_profile(*, counterpart: Counterpart, cap: int, sessions: tuple[SessionSeats, ...]) -> Profile:
    organization = counterpart.organization
    return Profile(
        id=counterpart_id(counterpart),
        name=f"{organization.name} ({counterpart.leg.city})",
        organization_kind=organization.kind,
        interests=engine_interests(interests=counterpart.interests.all(), codes=organization.scian_codes),
        marquee=counterpart.marquee,
        capacity=meeting_capacity(counterpart=counterpart, cap=cap),
        seats=sum(s.free for s in sessions),
    )


def session_seats(*, activity: Activity) -> SessionSeats | None:
    """The seats a hosted group session offers (None: it offers none)."""
    seated = frozenset(d.pk for d in activity.delegations.all())
    if not activity.seats or (activity.fixed and not seated):
        return None
    return SessionSeats(activity=activity.pk, free=max(0, activity.seats - len(seated)), seated=seated)


def hosted_sessions(*, counterparts: Iterable[Counterpart]) -> dict[int, tuple[SessionSeats, ...]]:
    """Group sessions offering seats, by marquee host (counterpart pk), in code order."""
    marquee = [c.pk for c in counterparts if c.marquee]
    activities = (
        Activity.objects.filter(kind=ActivityKind.GROUP_SESSION, host_id__in=marquee)
        .prefetch_related("delegations")
        .order_by("code")
    )
    found: dict[int, list[SessionSeats]] = {}
    for activity in activities:
        seats = session_seats(activity=activity)
        if seats is not None and activity.host_id is not None:
            found.setdefault(activity.host_id, []).append(seats)
    return {host: tuple(seats) for host, seats in found.items()}
