"""Objective terms of an agenda, computed from the definitions alone (for ``check``).

Breaks: for each participant, the slots covered by its activities are grouped per day (or
per session, per ``Config.breaks``); each group's maximal runs of consecutive slots are its
blocks, and its breaks are blocks - 1.  A gap of any length counts once; idle time before
the first and after the last activity is free.  The day's pauses (``Day.breaks``: lunch,
coffee) are not idle time: the slots on either side of a pause are consecutive.

Fairness floor: a delegation with n candidates (meetings and group-session interests)
should have min(``soft_floor``, n) activities; its shortfall is what it lacks.  The value
tier is value - penalty x total shortfall, the penalty being ``floor_penalty`` or else one
more than the largest f(w) - f(0) summed over the delegations of one meeting or one seat.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from convoy.planning.config import Config, Segment
from convoy.planning.problem import Day, Problem
from convoy.planning.result import Placement


@dataclass(frozen=True)
class Terms:
    """Every objective term, tier by tier."""

    meetings_placed: int
    mandatory_placed: int
    mandatory_total: int
    weighted: int
    value: int
    per_delegation: Mapping[str, int]
    worst_off: int
    floor_shortfall: Mapping[str, int]
    floor_shortfall_total: int
    floor_penalty: int
    value_tier: int
    breaks: Mapping[str, int]
    breaks_total: int
    breaks_max: int
    venue_changes: int
    changes: int


def session_of(*, day: Day, slot: int) -> str:
    """Name of the session holding ``slot`` ('' when the day has no sessions or none holds it)."""
    for session in day.sessions:
        if session.start <= slot < session.end:
            return session.name
    return ""


def count_runs(slots: Iterable[int]) -> int:
    """Number of maximal runs of consecutive integers."""
    ordered = sorted(set(slots))
    return sum(1 for i, s in enumerate(ordered) if i == 0 or ordered[i - 1] != s - 1)


def breaks_by_participant(*, problem: Problem, placements: Sequence[Placement], per: str) -> dict[str, int]:
    days = {d.id: d for leg in problem.legs for d in leg.days}
    # A pause of the day (lunch) is nobody's idle time: slots are numbered without the pauses,
    # so the slots on either side of one are consecutive, and time inside one is not counted.
    rank = {
        d: {t: i for i, t in enumerate(t for t in range(day.slots) if t not in day.breaks)} for d, day in days.items()
    }
    groups: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for p in placements:
        day = days.get(p.day)
        if day is None:
            continue
        for slot in range(p.start, p.start + p.duration):
            if slot not in rank[p.day]:
                continue
            key = session_of(day=day, slot=slot) if per == "per_session" else ""
            for who in p.participants:
                groups[(who, p.day, key)].add(rank[p.day][slot])
    result: dict[str, int] = defaultdict(int)
    for (who, _day, _key), slots in groups.items():
        result[who] += count_runs(slots) - 1
    return dict(result)


def curve_value(*, returns: Sequence[Segment], weight: int) -> int:
    return min(s.offset + s.slope * weight for s in returns)


def count_venue_changes(*, problem: Problem, placements: Sequence[Placement]) -> int:
    """Consecutive activities at different venues, for participants of one track/capacity."""
    several = {d.id for d in problem.delegations if d.tracks > 1}
    several |= {c.id for c in problem.counterparts if c.capacity > 1}
    per: dict[tuple[str, str], list[Placement]] = defaultdict(list)
    for p in placements:
        if p.venue is not None:
            for who in p.participants:
                if who not in several:
                    per[(who, p.day)].append(p)
    changes = 0
    for items in per.values():
        items.sort(key=lambda p: (p.start, p.id))
        changes += sum(1 for a, b in itertools.pairwise(items) if a.venue != b.venue)
    return changes


def count_changes(*, problem: Problem, placements: Sequence[Placement]) -> int:
    """Appointments of ``previous`` not kept: a meeting moved or removed, a delegation's
    group-session seat no longer at that time (``constraints/changes.py`` says why)."""
    if problem.previous is None:
        return 0
    now = {p.id: p for p in placements if p.kind != "fixed"}
    changes = 0
    for old in problem.previous:
        p = now.get(old.id)
        here = p is not None and (p.day, p.start) == (old.day, old.start)
        if not old.seated:
            changes += 0 if here else 1
        for who in old.seated:
            changes += 0 if here and p is not None and who in p.participants[1:] else 1
    return changes


def delegation_weights(*, problem: Problem, placements: Sequence[Placement]) -> tuple[dict[str, int], dict[str, int]]:
    """Placed meeting counts and placed weights per delegation (group-session seats included)."""
    delegations = {d.id for d in problem.delegations}
    meetings = {m.id: m for m in problem.meetings}
    seat_weight = {(g.id, i.delegation): i.weight for g in problem.group_sessions for i in g.interested}
    counts = dict.fromkeys(delegations, 0)
    weights = dict.fromkeys(delegations, 0)
    for p in placements:
        for who in p.participants:
            if who not in delegations:
                continue
            if p.kind == "meeting" and p.id in meetings:
                weight = meetings[p.id].weight
            elif p.kind == "group_session":
                weight = seat_weight.get((p.id, who), 0)
            else:
                continue
            counts[who] += 1
            weights[who] += weight
    return counts, weights


def candidates_by_delegation(*, problem: Problem) -> dict[str, int]:
    result = {d.id: 0 for d in problem.delegations}
    for m in problem.meetings:
        for who in m.participants:
            if who in result:
                result[who] += 1
    for g in problem.group_sessions:
        for i in g.interested:
            if i.delegation in result:
                result[i.delegation] += 1
    return result


def floor_penalty(*, problem: Problem, config: Config) -> int:
    """The price of one activity short of the fairness floor (see the module doc)."""
    if config.floor_penalty is not None:
        return config.floor_penalty
    delegations = {d.id for d in problem.delegations}

    def first(weight: int) -> int:
        base = curve_value(returns=config.returns, weight=0)
        return max(0, curve_value(returns=config.returns, weight=weight) - base)

    largest = 0
    for m in problem.meetings:
        largest = max(largest, sum(first(m.weight) for who in m.participants if who in delegations))
    for g in problem.group_sessions:
        for i in g.interested:
            largest = max(largest, first(i.weight))
    return largest + 1


def shortfalls(*, counts: Mapping[str, int], candidates: Mapping[str, int], soft_floor: int) -> dict[str, int]:
    """Delegations below min(soft_floor, candidates), with how many activities they lack."""
    lacking = {d: min(soft_floor, n) - counts.get(d, 0) for d, n in candidates.items()}
    return {d: k for d, k in sorted(lacking.items()) if k > 0}


def measure(*, problem: Problem, placements: Sequence[Placement], config: Config) -> Terms:
    """All objective terms of ``placements``."""
    meetings = {m.id: m for m in problem.meetings}
    placed = [p for p in placements if p.kind == "meeting" and p.id in meetings]
    placed_ids = {p.id for p in placed}
    counts, weights = delegation_weights(problem=problem, placements=placements)
    candidates = candidates_by_delegation(problem=problem)
    served = [counts[d] for d, n in candidates.items() if n > 0]
    breaks = breaks_by_participant(problem=problem, placements=placements, per=config.breaks)
    value = sum(curve_value(returns=config.returns, weight=w) for w in weights.values())
    short = shortfalls(counts=counts, candidates=candidates, soft_floor=config.soft_floor)
    penalty = floor_penalty(problem=problem, config=config)
    return Terms(
        meetings_placed=len(placed_ids),
        mandatory_placed=sum(1 for i in placed_ids if meetings[i].mandatory),
        mandatory_total=sum(1 for m in problem.meetings if m.mandatory),
        weighted=sum(meetings[i].weight for i in placed_ids) + _seat_weight(problem, placements),
        value=value,
        per_delegation=counts,
        worst_off=min(served) if served else 0,
        floor_shortfall=short,
        floor_shortfall_total=sum(short.values()),
        floor_penalty=penalty,
        value_tier=value - penalty * sum(short.values()),
        breaks=breaks,
        breaks_total=sum(breaks.values()),
        breaks_max=max(breaks.values(), default=0),
        venue_changes=count_venue_changes(problem=problem, placements=placements),
        changes=count_changes(problem=problem, placements=placements),
    )


def _seat_weight(problem: Problem, placements: Sequence[Placement]) -> int:
    seat_weight = {(g.id, i.delegation): i.weight for g in problem.group_sessions for i in g.interested}
    return sum(
        seat_weight.get((p.id, who), 0) for p in placements if p.kind == "group_session" for who in p.participants
    )
