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
from importlib.metadata import version

from convoy.planning.config import Config
from convoy.planning.lower_bound import breaks_lower_bound
from convoy.planning.model import build
from convoy.planning.options import build_grid, meeting_options
from convoy.planning.problem import FixedActivity, Problem, SlotRef
from convoy.planning.relocate import relocate
from convoy.planning.result import Placement, Result, TierValue
from convoy.planning.sequence import Progress, solve_whole
from convoy.planning.sweep import applies, placements_of, sweep
from convoy.planning.tracks import assign_tracks
from convoy.planning.unplaced import explain_unplaced
from convoy.planning.value_of import value_of, value_upper_bound
from convoy.planning.warm_start import THRESHOLD, add_rules, lean_solution

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
    # Slots outside the window are closed to the meetings by forbidding them (not by pauses:
    # a pause is not idle time, so the busy time kept there would stop counting).
    closed = tuple(SlotRef(day=day.id, slot=s) for s in range(day.slots) if not start <= s < end)
    return replace(
        problem,
        delegations=tuple(
            replace(d, forbidden=tuple(dict.fromkeys((*d.forbidden, *closed))))
            for d in problem.delegations
            if d.id in who
        ),
        counterparts=tuple(
            replace(c, forbidden=tuple(dict.fromkeys((*c.forbidden, *closed))))
            for c in problem.counterparts
            if c.id in who
        ),
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
    """One day without pauses of one-slot meetings, breaks per day, no fairness bound (the
    local search counts runs of consecutive slot numbers)."""
    days = [d for leg in problem.legs for d in leg.days]
    return (
        len(problem.legs) == 1
        and len(days) == 1
        and not days[0].breaks
        and config.breaks == "per_day"
        and len(problem.venues) <= 1
        and config.fairness is None
        and not problem.fixed
        and not problem.group_sessions
        and not problem.precedences
        and all(m.duration == 1 for m in problem.meetings)
    )


def solve_polished(problem: Problem, config: Config, *, progress: Progress | None = None) -> Result:
    """``solve_whole``; for big B2B-like days, a slot sweep, then local search (relocations,
    swaps, annealing) and windows re-solved exactly; the compactness bound reported is the
    per-participant relaxation's (``lower_bound.py``)."""
    slots = sum(d.slots for leg in problem.legs for d in leg.days)
    if not polishable(problem, config) or len(problem.meetings) * slots <= THRESHOLD:
        return solve_whole(problem, config, progress=progress)
    began = time.perf_counter()
    b = build(problem, config)
    add_rules(b, lean=True)
    values = (sweep(b) if applies(b) else None) or lean_solution(b, config, seconds=config.time_limit * 0.4)
    if values is None:
        return solve_whole(problem, replace(config, time_limit=config.time_limit - (time.perf_counter() - began)))
    placed = placements_of(b, values)
    left = config.time_limit - (time.perf_counter() - began)
    placed = relocate(problem, placed, seconds=left * 0.9)
    placed = polish(problem, placed, config, seconds=config.time_limit - (time.perf_counter() - began))
    return _result(problem, config, placed, began)


def value_of_is_constant(problem: Problem) -> bool:
    """Every meeting mandatory: the value tier is whatever placing them all gives."""
    return all(m.mandatory for m in problem.meetings)


def _result(problem: Problem, config: Config, placed: list[Placement], began: float) -> Result:
    busy: dict[str, set[int]] = defaultdict(set)
    for p in placed:
        for w in p.participants:
            busy[w].add(p.start)
    breaks = _breaks(busy, busy)
    least = breaks_lower_bound(problem, config).total
    mandatory = sum(1 for m in problem.meetings if m.mandatory)
    value = value_of(problem=problem, config=config, placements=placed)
    grid = build_grid(problem)
    done = {p.id for p in placed}
    options = {m.id: meeting_options(grid=grid, meeting=m) for m in problem.meetings if m.id not in done}
    return Result(
        status="optimal" if breaks <= least and value_of_is_constant(problem) else "feasible",
        placements=tuple(assign_tracks(grid=grid, placements=placed)),
        objective=(
            TierValue(tier=1, name="mandatory", value=mandatory, bound=mandatory, sense="max"),
            # proven only when every meeting is mandatory (then it is a constant)
            TierValue(
                tier=2,
                name="value",
                value=value,
                bound=value if value_of_is_constant(problem) else value_upper_bound(problem=problem, config=config),
                sense="max",
            ),
            TierValue(tier=3, name="compactness", value=breaks, bound=least, sense="min"),
        ),
        bound=float(least),
        gap=round((breaks - least) / max(1, breaks), 6),
        solver="ortools-cp-sat",
        solver_version=version("ortools"),
        parameters={"time_limit": str(config.time_limit), "breaks": config.breaks, "method": "sweep+local search"},
        statistics={"wall_time": round(time.perf_counter() - began, 3)},
        unplaced=explain_unplaced(
            problem=problem, grid=grid, placed=done, options=options, placements=placed, soft_floor=config.soft_floor
        ),
    )
