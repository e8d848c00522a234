"""Large-neighbourhood search by time windows for big B2B-like days.

A window of slots is freed: the meetings placed in it are re-placed inside it by CP-SAT,
everything else stays where it is (as fixed busy time of the participants involved), and
the breaks of those participants are minimized exactly.  A window's new schedule is kept
only when it has fewer breaks.  Windows slide over the day until the time is up.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from convoy.planning.config import Config
from convoy.planning.problem import FixedActivity, Problem
from convoy.planning.result import Placement, Result
from convoy.planning.sequence import Progress, solve_whole
from convoy.planning.warm_start import THRESHOLD

WIDTH, STEP = 4, 2


def runs_minus_one(slots: Iterable[int]) -> int:
    ordered = sorted(set(slots))
    return max(0, sum(1 for i, s in enumerate(ordered) if i == 0 or ordered[i - 1] != s - 1) - 1)


def _breaks(who: Iterable[str], busy: dict[str, set[int]]) -> int:
    return sum(runs_minus_one(busy[w]) for w in who)


def window_problem(problem: Problem, placed: list[Placement], start: int, end: int) -> Problem:
    """The meetings placed in [start, end) free inside it (pinned ones stay pinned, and
    keep their table); the rest of their participants' day as fixed busy time."""
    (leg,) = problem.legs
    (day,) = leg.days
    free = {p.id for p in placed if start <= p.start < end}
    who = {w for p in placed if p.id in free for w in p.participants}
    fixed = tuple(
        FixedActivity(id=f"{p.id}@{w}", name="", day=day.id, start=p.start, duration=1, attendees=(w,))
        for p in placed
        if p.id not in free
        for w in p.participants
        if w in who
    )
    closed = tuple(s for s in range(day.slots) if not start <= s < end)
    return replace(
        problem,
        legs=(replace(leg, days=(replace(day, breaks=tuple(sorted({*day.breaks, *closed}))),)),),
        delegations=tuple(d for d in problem.delegations if d.id in who),
        counterparts=(),
        meetings=tuple(m for m in problem.meetings if m.id in free),
        fixed=fixed,
    )


def polish(problem: Problem, placed: list[Placement], config: Config, *, seconds: float) -> list[Placement]:
    """Better placements for a one-day problem of one-slot meetings (same validity)."""
    began = time.perf_counter()
    slots = problem.legs[0].days[0].slots
    windows = [(s, min(slots, s + WIDTH)) for s in range(0, max(1, slots - WIDTH + STEP), STEP)]
    k = 0
    while time.perf_counter() - began < seconds - 0.5 and windows:
        start, end = windows[k % len(windows)]
        k += 1
        if k > 4 * len(windows):
            break
        busy: dict[str, set[int]] = defaultdict(set)
        for p in placed:
            for w in p.participants:
                busy[w].add(p.start)
        sub = window_problem(problem, placed, start, end)
        if not sub.meetings:
            continue
        who = [d.id for d in sub.delegations]
        left = seconds - (time.perf_counter() - began)
        here = {p.id: (p.day, p.start) for p in placed}
        limit = min(3.0, max(0.5, left))
        result = solve_whole(sub, replace(config, time_limit=limit, fairness=None), start=here)
        if result.status not in ("optimal", "feasible"):
            continue
        moved = {p.id: p.start for p in result.placements if p.kind == "meeting"}
        trial = [replace(p, start=moved.get(p.id, p.start)) for p in placed]
        after: dict[str, set[int]] = defaultdict(set)
        for p in trial:
            for w in p.participants:
                after[w].add(p.start)
        if _breaks(who, after) < _breaks(who, busy):
            placed = trial
    return placed


def polishable(problem: Problem, config: Config) -> bool:
    """One day of one-slot meetings, breaks per day, no fairness bound."""
    days = [d for leg in problem.legs for d in leg.days]
    return (
        len(problem.legs) == 1
        and len(days) == 1
        and config.breaks == "per_day"
        and len(problem.venues) <= 1
        and config.fairness is None
        and not problem.fixed
        and not problem.group_sessions
        and not problem.precedences
        and all(m.duration == 1 for m in problem.meetings)
    )


def polish_result(problem: Problem, result: Result, config: Config, *, seconds: float) -> Result:
    """``result`` with its placements polished and its compactness tier updated."""
    if result.status != "feasible" or seconds < 1.0:
        return result
    placed = polish(problem, list(result.placements), config, seconds=seconds)
    busy: dict[str, set[int]] = defaultdict(set)
    for p in placed:
        for w in p.participants:
            busy[w].add(p.start)
    breaks = _breaks(busy, busy)
    objective = tuple(replace(t, value=breaks) if t.name == "compactness" else t for t in result.objective)
    last = objective[-1]
    gap = abs(last.bound - last.value) / max(1, abs(last.value))
    return replace(
        result,
        placements=tuple(placed),
        objective=objective,
        gap=round(gap, 6),
        parameters={**result.parameters, "polish": f"{seconds:.1f}s"},
    )


def solve_polished(problem: Problem, config: Config, *, progress: Progress | None = None) -> Result:
    """``solve_whole``; for big B2B-like days, half the time, then window search."""
    slots = sum(d.slots for leg in problem.legs for d in leg.days)
    if not polishable(problem, config) or len(problem.meetings) * slots <= THRESHOLD:
        return solve_whole(problem, config, progress=progress)
    began = time.perf_counter()
    result = solve_whole(problem, replace(config, time_limit=config.time_limit / 2), progress=progress)
    left = config.time_limit - (time.perf_counter() - began)
    return polish_result(problem, result, config, seconds=left)
