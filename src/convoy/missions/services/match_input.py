"""The matchmaker's input read from a stored mission: profiles, requests and overrides.

Requests: live ones (proposed or accepted) from a delegation or a counterpart raise the
pair's score. The engine knows no third party asking, so an organizer's request counts
only as an override (below) and one that came from a suggestion is nobody's asking.

Overrides (the model has no field for them yet; they are read from what is stored):

- must meet: an accepted request (whatever its source: ``convoy plan`` schedules it, so
  it takes its counterpart's time before anything else); an organizer's proposed ``must``
  request; an accepted bilateral suggestion;
- never: a declined request; a rejected suggestion; a delegation and a counterpart of a
  leg the delegation does not attend; a delegation already seated in the group session of
  a marquee counterpart (it has its seat; this wins over any other override of the pair).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from convoy.matching import AllocationPolicy, Override, OverrideKind, Priority, Profile, Request
from convoy.missions.models import Counterpart, Delegation, MeetingRequest, Mission, Suggestion
from convoy.missions.models.choices import Confirmation, RequestSource, RequestStatus
from convoy.missions.models.suggestion import SuggestionKind, SuggestionStatus
from convoy.missions.services import match_profiles as mp

LIVE = (RequestStatus.PROPOSED, RequestStatus.ACCEPTED)


@dataclass(frozen=True)
class MatchInput:
    delegations: tuple[Profile, ...]
    counterparts: tuple[Profile, ...]
    requests: tuple[Request, ...]
    overrides: tuple[Override, ...]
    delegation_pks: dict[str, int]
    counterpart_pks: dict[str, int]
    sessions: dict[str, tuple[mp.SessionSeats, ...]]
    accepted_pairs: frozenset[tuple[str, str]]
    marquee_without_seats: tuple[str, ...]
    """Names of marquee counterparts hosting no group session with a free seat."""


def read_input(*, mission: Mission, policy: AllocationPolicy) -> MatchInput:
    delegations = list(
        Delegation.objects.filter(mission=mission)
        .select_related("organization")
        .prefetch_related("legs", "interests__axis")
        .order_by("organization__key")
    )
    counterparts = list(
        Counterpart.objects.filter(mission=mission)
        .exclude(confirmation=Confirmation.DECLINED)
        .select_related("organization", "leg")
        .prefetch_related("interests__axis", "availability", "leg__breaks")
        .order_by("leg__order", "organization__key")
    )
    hosted = mp.hosted_sessions(counterparts=counterparts)
    d_ids = {d.pk: mp.delegation_id(d) for d in delegations}
    c_ids = {c.pk: mp.counterpart_id(c) for c in counterparts}
    sessions = {c_ids[c.pk]: hosted.get(c.pk, ()) for c in counterparts if c.marquee}
    rows = [r for r in MeetingRequest.objects.filter(mission=mission) if r.delegation_id in d_ids]
    rows = [r for r in rows if r.counterpart_id in c_ids]
    decided = Suggestion.objects.filter(mission=mission).exclude(status=SuggestionStatus.PROPOSED)
    seated = seated_overrides(sessions=sessions, d_ids=d_ids)
    overrides = {
        *request_overrides(rows=rows, d_ids=d_ids, c_ids=c_ids),
        *decision_overrides(suggestions=decided, d_ids=d_ids, c_ids=c_ids),
        *leg_overrides(delegations=delegations, counterparts=counterparts),
    }
    seated_pairs = {(o.delegation, o.counterpart) for o in seated}
    overrides = {o for o in overrides if (o.delegation, o.counterpart) not in seated_pairs} | seated
    return MatchInput(
        delegations=tuple(mp.delegation_profile(delegation=d, cap=policy.delegation_cap) for d in delegations),
        counterparts=tuple(
            mp.counterpart_profile(counterpart=c, cap=policy.counterpart_cap, sessions=hosted.get(c.pk, ()))
            for c in counterparts
        ),
        requests=tuple(engine_requests(rows=rows, d_ids=d_ids, c_ids=c_ids)),
        overrides=tuple(sorted(overrides, key=lambda o: (o.delegation, o.counterpart, o.kind))),
        delegation_pks={v: k for k, v in d_ids.items()},
        counterpart_pks={v: k for k, v in c_ids.items()},
        sessions=sessions,
        accepted_pairs=frozenset(
            (d_ids[r.delegation_id], c_ids[r.counterpart_id]) for r in rows if r.status == RequestStatus.ACCEPTED
        ),
        marquee_without_seats=tuple(
            c.organization.name for c in counterparts if c.marquee and not sum(s.free for s in hosted.get(c.pk, ()))
        ),
    )


def engine_requests(*, rows: Iterable[MeetingRequest], d_ids: dict[int, str], c_ids: dict[int, str]) -> list[Request]:
    out = []
    for r in rows:
        if r.status not in LIVE or r.source not in (RequestSource.DELEGATION, RequestSource.COUNTERPART):
            continue
        delegation, counterpart = d_ids[r.delegation_id], c_ids[r.counterpart_id]
        by_counterpart = r.source == RequestSource.COUNTERPART
        out.append(
            Request(
                requester=counterpart if by_counterpart else delegation,
                requested=delegation if by_counterpart else counterpart,
                priority=Priority(r.priority),
            )
        )
    return out


def request_overrides(*, rows: Iterable[MeetingRequest], d_ids: dict[int, str], c_ids: dict[int, str]) -> set[Override]:
    out = set()
    for r in rows:
        pair = (d_ids[r.delegation_id], c_ids[r.counterpart_id])
        if r.status == RequestStatus.DECLINED:
            out.add(Override(*pair, kind=OverrideKind.NEVER))
        elif imposed(r):
            out.add(Override(*pair, kind=OverrideKind.MUST_MEET))
    return out


def imposed(request: MeetingRequest) -> bool:
    """Accepted, or an organizer's live ``must`` request."""
    if request.status == RequestStatus.ACCEPTED:
        return True
    return request.source == RequestSource.ORGANIZER and request.priority == Priority.MUST and request.status in LIVE


def decision_overrides(
    *, suggestions: Iterable[Suggestion], d_ids: dict[int, str], c_ids: dict[int, str]
) -> set[Override]:
    out = set()
    for s in suggestions:
        if s.delegation_id not in d_ids or s.counterpart_id not in c_ids:
            continue
        pair = (d_ids[s.delegation_id], c_ids[s.counterpart_id])
        if s.status == SuggestionStatus.REJECTED:
            out.add(Override(*pair, kind=OverrideKind.NEVER))
        elif s.kind == SuggestionKind.BILATERAL:
            out.add(Override(*pair, kind=OverrideKind.MUST_MEET))
    return out


def leg_overrides(*, delegations: Iterable[Delegation], counterparts: list[Counterpart]) -> set[Override]:
    """Never: a counterpart of a leg the delegation does not attend (no legs listed: all)."""
    out = set()
    for delegation in delegations:
        legs = {leg.pk for leg in delegation.legs.all()}
        if not legs:
            continue
        for counterpart in counterparts:
            if counterpart.leg_id not in legs:
                out.add(Override(mp.delegation_id(delegation), mp.counterpart_id(counterpart), OverrideKind.NEVER))
    return out


def seated_overrides(*, sessions: dict[str, tuple[mp.SessionSeats, ...]], d_ids: dict[int, str]) -> set[Override]:
    return {
        Override(d_ids[pk], counterpart, OverrideKind.NEVER)
        for counterpart, hosted in sessions.items()
        for session in hosted
        for pk in session.seated
        if pk in d_ids
    }
