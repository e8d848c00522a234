"""Greedy baseline: first-fit, round-robin over delegations, as commercial tools document.

For comparison only.  Group sessions are seated first (earliest time, first interested
delegations that are free), then delegations take turns in priority order, each placing
its next candidate meeting (mandatory first, then heavier) at the earliest free slot.
It does not pursue fairness, floors or compactness, and may leave mandatory meetings out.
"""

from __future__ import annotations

import time
from collections import defaultdict, deque
from dataclasses import dataclass, field

from convoy.planning.options import (
    Grid,
    Option,
    build_grid,
    group_options,
    group_venue,
    meeting_options,
    meeting_venue,
    no_time_to_travel,
    seat_ok,
)
from convoy.planning.problem import Meeting, Problem
from convoy.planning.result import Placement, Result, fixed_placements
from convoy.planning.tracks import assign_tracks
from convoy.planning.unplaced import explain_unplaced


@dataclass
class _State:
    grid: Grid
    tables: dict[str, int | None]
    load: dict[tuple[str, str, int], int] = field(default_factory=lambda: defaultdict(int))
    table_load: dict[tuple[str, str, int], int] = field(default_factory=lambda: defaultdict(int))
    per_day: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    where: dict[tuple[str, str], list[tuple[int, int, str]]] = field(default_factory=lambda: defaultdict(list))
    placed: dict[str, Placement] = field(default_factory=dict)

    def free(self, who: str, option: Option, duration: int, venue: str | None, counts: bool) -> bool:
        day, start = option
        cap = self.grid.capacity(who)
        if any(
            self.load[(who, day, s)] + self.grid.fixed_load.get((who, day, s), 0) >= cap
            for s in range(start, start + duration)
        ):
            return False
        c = self.grid.counterparts.get(who)
        if counts and c is not None and c.max_per_day is not None and self.per_day[(who, day)] >= c.max_per_day:
            return False
        return cap > 1 or venue is None or self._reachable(who, day, start, duration, venue)

    def _reachable(self, who: str, day: str, start: int, duration: int, venue: str) -> bool:
        here = (start, start + duration, venue)
        return not any(no_time_to_travel(self.grid, day, here, other) for other in self.where[(who, day)])

    def table_free(self, venue: str | None, option: Option, duration: int) -> bool:
        limit = self.tables.get(venue) if venue is not None else None
        day, start = option
        return limit is None or all(
            self.table_load[(venue or "", day, s)] < limit for s in range(start, start + duration)
        )

    def take(self, placement: Placement, *, counts: bool, uses_table: bool) -> None:
        end = placement.start + placement.duration
        for who in placement.participants:
            for s in range(placement.start, end):
                self.load[(who, placement.day, s)] += 1
            if counts:
                self.per_day[(who, placement.day)] += 1
            if placement.venue is not None:
                self.where[(who, placement.day)].append((placement.start, end, placement.venue))
        if uses_table and placement.venue is not None:
            for s in range(placement.start, end):
                self.table_load[(placement.venue, placement.day, s)] += 1
        self.placed[placement.id] = placement


def _seat_groups(problem: Problem, state: _State) -> None:
    for g in problem.group_sessions:
        venue = group_venue(grid=state.grid, group=g)
        for option in group_options(grid=state.grid, group=g):
            if not state.free(g.host, option, g.duration, venue, True):
                continue
            seated = [
                i.delegation
                for i in g.interested
                if seat_ok(grid=state.grid, delegation=i.delegation, option=option, duration=g.duration)
                and state.free(i.delegation, option, g.duration, venue, True)
            ][: g.seats]
            if seated:
                state.take(
                    Placement(
                        id=g.id,
                        kind="group_session",
                        participants=(g.host, *seated),
                        day=option[0],
                        start=option[1],
                        duration=g.duration,
                        venue=venue,
                    ),
                    counts=True,
                    uses_table=False,
                )
                break


def _order_ok(problem: Problem, state: _State, meeting: Meeting, option: Option) -> bool:
    order = state.grid.order
    here = (order[option[0]], option[1])
    for rule in problem.precedences:
        if rule.after == meeting.id:
            before = state.placed.get(rule.before)
            if before is None or (order[before.day], before.start + before.duration) > here:
                return False
        if rule.before == meeting.id and rule.after in state.placed:
            after = state.placed[rule.after]
            if (order[after.day], after.start) < (here[0], here[1] + meeting.duration):
                return False
    return True


def _try_place(problem: Problem, state: _State, meeting: Meeting, options: list[Option]) -> bool:
    venue = meeting_venue(grid=state.grid, meeting=meeting)
    for option in options:
        if (
            all(state.free(w, option, meeting.duration, venue, True) for w in meeting.participants)
            and state.table_free(venue, option, meeting.duration)
            and _order_ok(problem, state, meeting, option)
        ):
            state.take(
                Placement(
                    id=meeting.id,
                    kind="meeting",
                    participants=meeting.participants,
                    day=option[0],
                    start=option[1],
                    duration=meeting.duration,
                    venue=venue,
                ),
                counts=True,
                uses_table=True,
            )
            return True
    return False


def greedy(problem: Problem) -> Result:
    """The baseline agenda (status ``feasible``; nothing is proven)."""
    began = time.perf_counter()
    grid = build_grid(problem)
    state = _State(grid=grid, tables={v.id: v.tables for v in problem.venues})
    for f in problem.fixed:
        if f.venue is not None:
            for who in f.attendees:
                state.where[(who, f.day)].append((f.start, f.start + f.duration, f.venue))
    _seat_groups(problem, state)
    queues: dict[str, deque[Meeting]] = {}
    owners = sorted(problem.delegations, key=lambda d: -d.priority)
    for d in owners:
        mine = [m for m in problem.meetings if m.participants and m.participants[0] == d.id]
        mine.sort(key=lambda m: (m.pinned is None, not m.mandatory, -m.weight))
        queues[d.id] = deque(mine)
    orphans = deque(m for m in problem.meetings if not m.participants or m.participants[0] not in queues)
    options = {
        m.id: sorted(meeting_options(grid=grid, meeting=m), key=lambda o: (grid.order[o[0]], o[1]))
        for m in problem.meetings
    }
    deferred: list[Meeting] = []
    while any(queues.values()) or orphans:
        for queue in [*queues.values(), orphans]:
            if queue:
                meeting = queue.popleft()
                if not _try_place(problem, state, meeting, options[meeting.id]):
                    deferred.append(meeting)
    for meeting in deferred:  # a second pass lets precedence targets land first
        if meeting.id not in state.placed:
            _try_place(problem, state, meeting, options[meeting.id])
    fixed = fixed_placements(problem)
    placements = assign_tracks(grid=grid, placements=[*fixed, *state.placed.values()])
    return Result(
        status="feasible",
        placements=tuple(placements),
        solver="greedy-first-fit",
        solver_version="1",
        statistics={"wall_time": round(time.perf_counter() - began, 3)},
        unplaced=explain_unplaced(
            problem=problem, grid=grid, placed=set(state.placed), options=options, placements=placements
        ),
    )
