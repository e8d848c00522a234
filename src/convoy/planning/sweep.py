"""A compact first schedule for big B2B-like days: sweep the slots in order and, at each
slot, seat the meetings that keep busy participants busy (a participant that has started
should not idle while it has meetings left), then the most urgent ones.

Used as the starting point of the CP-SAT search when every activity is a one-slot
meeting of one-track participants without precedences; returns None when it cannot place
every mandatory meeting (the caller then starts from a plain feasible solution).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict

from convoy.planning.model import Built
from convoy.planning.options import free_slots, meeting_venue
from convoy.planning.result import Placement


def applies(b: Built) -> bool:
    p = b.problem
    return (
        not p.group_sessions
        and not p.precedences
        and not p.fixed
        and all(m.duration == 1 for m in p.meetings)
        and all(b.grid.capacity(w) == 1 for m in p.meetings for w in m.participants)
    )


def sweep(b: Built) -> dict[str, list[int]] | None:
    """Option values per meeting (as ``warm_start`` expects), or None."""
    meetings = {m.id: m for m in b.problem.meetings}
    slots_of = {m: {o: k for k, o in enumerate(b.options[m])} for m in meetings}
    left: dict[str, set[str]] = defaultdict(set)
    for meeting in meetings.values():
        for who in meeting.participants:
            left[who].add(meeting.id)
    started: set[str] = set()
    chosen: dict[str, int] = {}
    limits = {v.id: v.tables for v in b.problem.venues}
    venue = {m.id: meeting_venue(grid=b.grid, meeting=m) for m in b.problem.meetings}
    days = sorted(b.grid.days, key=b.grid.order.__getitem__)
    free = {w: sorted((b.grid.order[d], s) for d, s in free_slots(b.grid, w)) for w in left}
    ordered = {m: sorted((b.grid.order[d], s) for d, s in slots_of[m]) for m in meetings}
    for day in days:
        started.clear()
        for t in range(b.grid.days[day].slots):
            here = [m for m in meetings if m not in chosen and (day, t) in slots_of[m]]

            def score(m: str, day: str = day, t: int = t, on: frozenset[str] = frozenset(started)) -> tuple[int, ...]:
                pair = meetings[m].participants
                keep = sum(1 for w in pair if w in on)
                now = (b.grid.order[day], t)
                later = len(ordered[m]) - bisect_right(ordered[m], now)  # its options after now
                slack = min(len(free[w]) - bisect_left(free[w], now) - len(left[w]) for w in pair)  # idle it can afford
                return (min(later, 1), min(slack, 2), -keep, slack, later)

            busy: set[str] = set()
            used: dict[str | None, int] = defaultdict(int)
            for m in sorted(here, key=score):
                pair = meetings[m].participants
                v = venue.get(m)
                limit = limits.get(v or "")
                if busy & set(pair) or (limit is not None and used[v] >= limit):
                    continue
                chosen[m] = slots_of[m][(day, t)]
                busy |= set(pair)
                used[v] += 1
                for w in pair:
                    left[w].discard(m)
            started = {w for w in busy | started if left[w] and w in busy}
    _fill(b, chosen, slots_of, venue, limits)
    if any(mt.mandatory and mt.id not in chosen for mt in meetings.values()):
        return None
    return {m: [int(chosen.get(m) == k) for k in range(len(b.options[m]))] for m in meetings}


def placements_of(b: Built, values: dict[str, list[int]]) -> list[Placement]:
    """The one-slot meetings at the option ``values`` chose for each (as ``sweep`` returns them)."""
    out = []
    for m in b.problem.meetings:
        k = values.get(m.id, [])
        if 1 in k:
            day, start = b.options[m.id][k.index(1)]
            venue = meeting_venue(grid=b.grid, meeting=m)
            out.append(
                Placement(
                    id=m.id, kind="meeting", participants=m.participants, day=day, start=start, duration=1, venue=venue
                )
            )
    return out


def _fill(
    b: Built,
    chosen: dict[str, int],
    slots_of: dict[str, dict[tuple[str, int], int]],
    venue: dict[str, str | None],
    limits: dict[str, int | None],
) -> None:
    """Place what the sweep left out at any slot still free for both and with a table."""
    busy: set[tuple[str, str, int]] = set()
    used: dict[tuple[str | None, str, int], int] = defaultdict(int)
    meetings = {m.id: m for m in b.problem.meetings}
    for m, k in chosen.items():
        day, t = b.options[m][k]
        busy |= {(w, day, t) for w in meetings[m].participants}
        used[(venue.get(m), day, t)] += 1
    for m, meeting in meetings.items():
        if m in chosen:
            continue
        for (day, t), k in slots_of[m].items():
            v = venue.get(m)
            limit = limits.get(v or "")
            if any((w, day, t) in busy for w in meeting.participants):
                continue
            if limit is not None and used[(v, day, t)] >= limit:
                continue
            chosen[m] = k
            busy |= {(w, day, t) for w in meeting.participants}
            used[(v, day, t)] += 1
            break
