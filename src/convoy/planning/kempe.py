"""Kempe-chain local search over breaks, for big events of one-slot two-party meetings.

A *Kempe move* takes two slots a and b and one meeting at a, and exchanges slots along
the chain of meetings it touches: every meeting of the chain at a goes to b and every one
at b goes to a.  The chain is the connected part of the meetings held at a or b reachable
through shared participants; since a participant holds at most one meeting per slot, the
chain is a path (or a cycle), and after the exchange nobody is double-booked.  A
participant inside the chain is busy at both a and b before and after, so only the two
ends of the path change their busy slots: a move is judged by looking at two participants,
however long the chain.  This is the neighbourhood timetabling uses for graph-colouring
problems; plain relocation (move one meeting to a slot free for both) is the chain of
length one.  Where relocation is stuck — a participant busy in almost every slot can only
be reshuffled, never relocated — Kempe moves still reach every ordering.

The search is simulated annealing over such moves, started from a feasible agenda
(``kempe_fast.FastKempe``); every move keeps every rule the start satisfied: options
(sessions, availability, forbidden slots, pins), tables per venue and slot, meetings per
day.  This module decides when the search applies, builds the start (slot sweep), and
reads the problem into ``KempeSearch``: where every meeting is, who is busy when, the runs
of busy slots per day (or session) with pauses skipped, options, tables and meetings per
day, by name; ``FastKempe`` copies that state into numpy arrays and anneals with a compiled
kernel (``kempe_kernel.py``).
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from importlib.metadata import version

from convoy.planning.config import Config
from convoy.planning.decompose import THRESHOLD, estimated_options
from convoy.planning.lower_bound import breaks_lower_bound
from convoy.planning.model import Built
from convoy.planning.options import build_grid, meeting_options, meeting_venue
from convoy.planning.problem import Problem
from convoy.planning.result import Placement, Result, TierValue, fixed_placements
from convoy.planning.sequence import Progress, ProgressEvent
from convoy.planning.sweep import applies as applies_sweep
from convoy.planning.sweep import placements_of, sweep
from convoy.planning.tracks import assign_tracks
from convoy.planning.value_of import value_of

LONGEST = 80  # chains longer than this are not tried (they rarely pay and cost time)


def applies(problem: Problem, config: Config) -> bool:
    """One-slot meetings of two one-track participants, nothing that ties meetings together."""
    grid = build_grid(problem)
    return (
        config.fairness is None
        and problem.previous is None
        and not problem.group_sessions
        and not problem.precedences
        and bool(problem.meetings)
        and all(m.duration == 1 and len(m.participants) == 2 for m in problem.meetings)
        and all(grid.capacity(w) == 1 for m in problem.meetings for w in m.participants)
    )


@dataclass
class _State:
    """Where every meeting is, who is busy when, and the runs of busy slots."""

    at: dict[str, int]
    busy: dict[str, dict[int, str]]  # participant -> global slot -> meeting id ('' for fixed)
    runs: dict[tuple[str, int], int]  # (participant, group) -> runs of busy slots
    used: dict[tuple[str | None, int], int]  # (venue, global slot) -> meetings
    per_day: dict[tuple[str, int], int]  # (participant, day index) -> meetings
    group: list[int]  # global slot -> its group (day, or day and session)
    day_of: list[int]  # global slot -> day index
    near: list[tuple[int, ...]]  # global slot -> the slots adjacent to it in its group
    bad: _Pool  # (participant, group) pairs with more than one run


class _Pool:
    """A set with O(1) add, discard and random choice."""

    def __init__(self) -> None:
        self.items: list[tuple[str, int]] = []
        self.index: dict[tuple[str, int], int] = {}

    def add(self, item: tuple[str, int]) -> None:
        if item not in self.index:
            self.index[item] = len(self.items)
            self.items.append(item)

    def discard(self, item: tuple[str, int]) -> None:
        i = self.index.pop(item, None)
        if i is not None:
            last = self.items.pop()
            if i < len(self.items):
                self.items[i] = last
                self.index[last] = i


def _neighbours(s: _State, slot: int) -> tuple[int, ...]:
    return s.near[slot]


def _adjacent(group: list[int], pause: list[bool]) -> list[tuple[int, ...]]:
    """The slots right before and after each slot in its group, pauses (lunch) skipped."""
    near: list[tuple[int, ...]] = []
    for t in range(len(group)):
        found = []
        for step in (-1, 1):
            n = t + step
            while 0 <= n < len(group) and group[n] == group[t] and pause[n]:
                n += step
            if 0 <= n < len(group) and group[n] == group[t]:
                found.append(n)
        near.append(tuple(found))
    return near


def _leave(s: _State, who: str, slot: int) -> None:
    mine = s.busy[who]
    near = sum(1 for n in _neighbours(s, slot) if n in mine)
    _count(s, (who, s.group[slot]), 1 if near == 2 else -1 if near == 0 else 0)
    del mine[slot]


def _join(s: _State, who: str, slot: int, meeting: str) -> None:
    mine = s.busy[who]
    near = sum(1 for n in _neighbours(s, slot) if n in mine)
    _count(s, (who, s.group[slot]), -1 if near == 2 else 1 if near == 0 else 0)
    mine[slot] = meeting


def _count(s: _State, key: tuple[str, int], change: int) -> None:
    if change:
        runs = s.runs[key] + change
        s.runs[key] = runs
        if runs > 1:
            s.bad.add(key)
        else:
            s.bad.discard(key)


class KempeSearch:
    """The state the annealing starts from, by name (``FastKempe`` copies it to integer ids)."""

    def __init__(
        self,
        problem: Problem,
        placed: list[Placement],
        config: Config,
        *,
        floor: int = 0,
        own: Mapping[str, int] | None = None,
    ) -> None:
        self.floor = floor  # a proven lower bound: reaching it ends the search
        self.own = dict(own or {})  # each participant's own least breaks (lower_bound.py)
        grid = build_grid(problem)
        days = [d for leg in problem.legs for d in leg.days]
        offset: dict[str, int] = {}
        group: list[int] = []
        day_of: list[int] = []
        pause: list[bool] = []
        for i, d in enumerate(days):
            offset[d.id] = len(group)
            for t in range(d.slots):
                session = next((k for k, x in enumerate(d.sessions) if x.start <= t < x.end), -1)
                group.append(i * 1000 + (session + 1 if config.breaks == "per_session" else 0))
                day_of.append(i)
                pause.append(t in d.breaks)
        self.slots = len(group)
        self.meetings = {m.id: m for m in problem.meetings}
        self.parties = {m.id: m.participants for m in problem.meetings}
        self.allowed = {
            m.id: frozenset(offset[d] + t for d, t in meeting_options(grid=grid, meeting=m))
            for m in problem.meetings
            if m.pinned is None
        }
        self.choices = {m: tuple(sorted(slots)) for m, slots in self.allowed.items()}
        self.venue = {m.id: meeting_venue(grid=grid, meeting=m) for m in problem.meetings}
        self.tables = {v.id: v.tables for v in problem.venues}
        self.cap_day = {c.id: c.max_per_day for c in problem.counterparts if c.max_per_day is not None}
        self.offset = offset
        self.days = days
        self.rng = random.Random(config.seed)
        self.placed = placed
        state = _State(
            at={},
            busy=defaultdict(dict),
            runs=defaultdict(int),
            used=defaultdict(int),
            per_day=defaultdict(int),
            group=group,
            day_of=day_of,
            near=_adjacent(group, pause),
            bad=_Pool(),
        )
        for f in problem.fixed:
            for who in f.attendees:
                for t in range(f.start, f.start + f.duration):
                    if not pause[offset[f.day] + t]:  # time inside a pause is not counted
                        _join(state, who, offset[f.day] + t, "")
        for p in placed:
            if p.kind != "meeting":
                continue
            slot = offset[p.day] + p.start
            state.at[p.id] = slot
            state.used[(self.venue.get(p.id), slot)] += 1
            for who in p.participants:
                _join(state, who, slot, p.id)
                state.per_day[(who, day_of[slot])] += 1
        self.s = state
        self.breaks = sum(max(r - 1, 0) for r in state.runs.values())

    def placements(self, at: dict[str, int]) -> list[Placement]:
        out = []
        for p in self.placed:
            if p.id in at and p.kind == "meeting":
                slot = at[p.id]
                day = self.days[self.s.day_of[slot]]
                out.append(replace(p, day=day.id, start=slot - self.offset[day.id]))
            else:
                out.append(p)
        return out


def first_agenda(problem: Problem, config: Config) -> list[Placement] | None:
    """The slot sweep's agenda (``sweep.py``) without building the CP-SAT model, or None
    when the sweep leaves a mandatory meeting out."""
    b = Built(problem=problem, config=config, grid=build_grid(problem))
    for m in problem.meetings:
        b.options[m.id] = meeting_options(grid=b.grid, meeting=m)
    if not applies_sweep(b):
        return None
    values = sweep(b)
    if values is None:
        return None
    return fixed_placements(problem) + placements_of(b, values)


def worth_it(problem: Problem, config: Config) -> bool:
    """Big events of mandatory one-slot meetings (the brokerage case): the whole model is
    too big for CP-SAT to improve in time, the Kempe search is not."""
    return (
        config.backend == "cpsat"
        and config.objective == "lexicographic"
        and config.decompose != "whole"
        and all(m.mandatory for m in problem.meetings)
        and estimated_options(problem) > THRESHOLD
        and applies(problem, config)
    )


def sweep_search(problem: Problem, config: Config) -> KempeSearch | None:
    """The sweep's agenda as a Kempe search told the per-participant relaxation's bound
    (``lower_bound.py``: its ``floor``, and each participant's own least); None when the
    sweep cannot start."""
    placed = first_agenda(problem, config)
    if placed is None:
        return None
    least = breaks_lower_bound(problem, config)
    return KempeSearch(problem, placed, config, floor=least.total, own=least.per_participant)


def solve_by_kempe(problem: Problem, config: Config, *, progress: Progress | None = None) -> Result | None:
    """Sweep, then Kempe annealing for the rest of the time, one per worker (the best kept,
    ``kempe_fast.anneal_copies``); the compactness bound is the
    per-participant relaxation's (``lower_bound.py``).  None when the sweep cannot start."""
    began = time.perf_counter()
    base = sweep_search(problem, config)
    if base is None:
        return None
    bound = base.floor
    from convoy.planning.kempe_fast import anneal_copies  # it builds on KempeSearch

    if progress is not None:
        progress(ProgressEvent("compactness", base.breaks, bound, round(time.perf_counter() - began, 3)))
    left = config.time_limit - (time.perf_counter() - began) - 0.5
    placed, search, copies = anneal_copies(base, config.workers, left, progress=progress, began=began)
    grid = build_grid(problem)
    breaks = search.best
    mandatory = sum(1 for m in problem.meetings if m.mandatory)
    value = value_of(problem=problem, config=config, placements=placed)
    return Result(
        status="optimal" if breaks <= bound else "feasible",
        placements=tuple(assign_tracks(grid=grid, placements=placed)),
        objective=(
            TierValue(tier=1, name="mandatory", value=mandatory, bound=mandatory, sense="max"),
            TierValue(tier=2, name="value", value=value, bound=value, sense="max"),
            TierValue(tier=3, name="compactness", value=breaks, bound=bound, sense="min"),
        ),
        bound=float(bound),
        gap=round((breaks - bound) / max(1, breaks), 6),
        solver="ortools-cp-sat",
        solver_version=version("ortools"),
        parameters={
            "time_limit": str(config.time_limit),
            "breaks": config.breaks,
            "random_seed": str(config.seed),
            "method": "sweep+kempe",
        },
        statistics={
            "wall_time": round(time.perf_counter() - began, 3),
            "moves": float(sum(c.moves for c in copies)),
            "annealings": float(len(copies)),
            "kicks": float(sum(c.kicks for c in copies)),
        },
        unplaced=(),
    )
