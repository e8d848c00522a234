"""Allocation: turn scored options into candidate meetings and group-session seats.

Order of work (each step respects what the previous ones fixed):

1. organizer overrides: `must_meet` pairs become mandatory meetings, even beyond a cap (a
   warning says so); `never` pairs are dropped everywhere and win over `must_meet`;
2. floors: every delegation, the small municipality included, gets up to `policy.floor`
   candidate meetings before anyone gets extras (min-cost max-flow, see `floors`);
3. extras: remaining requests first, then suggestions, in round-robin up to the caps;
4. marquee counterparts are not split into bilaterals: interested delegations get seats in
   their group session, in round-robin, at most `policy.seat_cap` marquee seats each.

Suggestions below `policy.min_score` are not candidates; requests always are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from convoy.matching.fairness import FairnessReport, report_fairness
from convoy.matching.floors import assign_floors
from convoy.matching.messages import Message
from convoy.matching.model import Override, Priority, Profile, Request
from convoy.matching.options import Option, build_options
from convoy.matching.overrides import apply_overrides
from convoy.matching.rounds import Ledger, take_in_rounds
from convoy.matching.score import Suggestion


class Source(StrEnum):
    REQUEST = "request"
    SUGGESTION = "suggestion"
    OVERRIDE = "override"


@dataclass(frozen=True)
class AllocationPolicy:
    floor: int = 3
    delegation_cap: int = 10
    counterpart_cap: int = 8
    seat_cap: int = 2
    min_score: float = 0.3


@dataclass(frozen=True)
class CandidateMeeting:
    delegation: str
    counterpart: str
    weight: float
    mandatory: bool
    source: Source


@dataclass(frozen=True)
class SeatAssignment:
    counterpart: str
    delegation: str
    weight: float
    source: Source


@dataclass(frozen=True)
class Allocation:
    meetings: tuple[CandidateMeeting, ...]
    seats: tuple[SeatAssignment, ...]
    fairness: FairnessReport
    unmet_requests: tuple[tuple[str, str], ...]
    warnings: tuple[Message, ...] = ()


def allocate(
    *,
    delegations: Sequence[Profile],
    counterparts: Sequence[Profile],
    suggestions: Sequence[Suggestion],
    requests: Sequence[Request] = (),
    overrides: Sequence[Override] = (),
    policy: AllocationPolicy | None = None,
) -> Allocation:
    policy = policy or AllocationPolicy()
    order = [d.id for d in delegations]
    small = {d.id for d in delegations if d.small}
    options = build_options(
        suggestions=suggestions,
        requests=requests,
        overrides=overrides,
        delegation_ids=order,
        counterpart_ids={c.id for c in counterparts},
    )
    ledger = _ledger(delegations=delegations, counterparts=counterparts, policy=policy)
    forced, warnings = apply_overrides(
        overrides=overrides,
        ledger=ledger,
        delegations=set(order),
        counterparts={c.id for c in counterparts},
        names={p.id: p.name for p in (*delegations, *counterparts)},
    )
    eligible = {d: [o for o in ranked if o.requested or o.weight >= policy.min_score] for d, ranked in options.items()}
    marquee = {c.id for c in counterparts if c.marquee}
    floors = {d: min(policy.floor, ledger.limit[d]) for d in order}
    chosen = _bilaterals(
        options={d: [o for o in eligible[d] if o.counterpart not in marquee] for d in order},
        ledger=ledger,
        floors=floors,
        small=small,
    )
    seats = _seats(
        options={d: [o for o in eligible[d] if o.counterpart in marquee] for d in order},
        counterparts=counterparts,
        policy=policy,
        small=small,
    )
    known = {(o.delegation, o.counterpart): o for d in order for o in options[d]}
    meetings = [_meeting(known.get(pair), pair, forced=True) for pair in forced]
    meetings += [_meeting(o, (o.delegation, o.counterpart), forced=False) for o in chosen]
    placed = {(m.delegation, m.counterpart) for m in meetings}
    placed |= {(s.delegation, s.counterpart) for s in seats}
    return Allocation(
        meetings=tuple(meetings),
        seats=tuple(seats),
        fairness=report_fairness(
            delegations=delegations,
            meetings=[(m.delegation, m.counterpart) for m in meetings],
            seats=[(s.delegation, s.counterpart) for s in seats],
            floors=floors,
        ),
        unmet_requests=tuple(p for p, o in known.items() if o.requested and p not in placed),
        warnings=tuple(warnings),
    )


def _ledger(*, delegations: Sequence[Profile], counterparts: Sequence[Profile], policy: AllocationPolicy) -> Ledger:
    """Caps: the profile's own capacity, else the policy's; marquee: no bilaterals."""
    return Ledger(
        held={d.id: 0 for d in delegations},
        limit={d.id: d.capacity if d.capacity is not None else policy.delegation_cap for d in delegations},
        room={
            c.id: 0 if c.marquee else (c.capacity if c.capacity is not None else policy.counterpart_cap)
            for c in counterparts
        },
    )


def _bilaterals(
    *,
    options: dict[str, list[Option]],
    ledger: Ledger,
    floors: dict[str, int],
    small: set[str],
) -> list[Option]:
    """Floors first (flow), then remaining requests, then suggestions (round-robin)."""
    order = list(options)
    fresh = {d: [o for o in ranked if ledger.can_take(o)] for d, ranked in options.items()}
    chosen = assign_floors(
        options=fresh,
        held=ledger.held,
        demand={d: max(0, floors[d] - ledger.held[d]) for d in order},
        room=ledger.room,
    )
    for option in chosen:
        ledger.take(option)
    for requested in (True, False):
        queues = {d: [o for o in fresh[d] if o.requested is requested] for d in order}
        chosen += take_in_rounds(queues=queues, ledger=ledger, order=order, small=small)
    return chosen


def _seats(
    *,
    options: dict[str, list[Option]],
    counterparts: Sequence[Profile],
    policy: AllocationPolicy,
    small: set[str],
) -> list[SeatAssignment]:
    """Marquee counterparts' group-session seats, shared in round-robin."""
    order = list(options)
    ledger = Ledger(
        held=dict.fromkeys(order, 0),
        limit=dict.fromkeys(order, policy.seat_cap),
        room={c.id: c.seats for c in counterparts if c.marquee},
    )
    seated = take_in_rounds(queues=options, ledger=ledger, order=order, small=small)
    return [
        SeatAssignment(counterpart=o.counterpart, delegation=o.delegation, weight=o.weight, source=_source(o))
        for o in seated
    ]


def _source(option: Option) -> Source:
    return Source.REQUEST if option.requested else Source.SUGGESTION


def _meeting(option: Option | None, pair: tuple[str, str], *, forced: bool) -> CandidateMeeting:
    return CandidateMeeting(
        delegation=pair[0],
        counterpart=pair[1],
        weight=option.weight if option is not None else 0.0,
        mandatory=forced or (option is not None and option.priority is Priority.MUST),
        source=Source.OVERRIDE if forced or option is None else _source(option),
    )
