"""Decomposition by day for large multi-day problems.

Stage A (``day_assignment``) chooses the day of every activity and the group-session
seats, maximizing the value tier on an aggregated model whose optimum bounds the value
of the whole problem.  Stage B schedules each day alone (its activities mandatory) with
the full slot model, tier by tier, on a share of the time left in proportion to its squared
size, as many days at a time as the configuration has workers (one worker each).
If a day cannot hold its activities, that day is solved again with the meetings that
were optional left optional.  With the time left, days not proven get a second pass, then
the least compact days are solved again with another day of their leg (``day_pairs``),
unless the compactness already meets stage A's bound.  The compactness bound reported is
the per-participant relaxation's (``lower_bound.py``, valid for every day assignment) or,
when the value is proven optimal, stage A's (``day_bound.py``: venue changes, the gaps
their travel forces and the gaps beside fixed activities), if higher; the value bound is
stage A's.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from importlib.metadata import version

from convoy.planning.config import TIER_NAMES, Config
from convoy.planning.day_assignment import assign_days
from convoy.planning.day_pairs import again, compactness, pair_days
from convoy.planning.day_plan import DayPlan, days_problem
from convoy.planning.lower_bound import breaks_lower_bound
from convoy.planning.options import build_grid
from convoy.planning.polish import solve_polished
from convoy.planning.problem import Problem
from convoy.planning.result import Placement, Result, TierValue
from convoy.planning.sequence import Progress, solve_whole
from convoy.planning.unplaced import explain_unplaced
from convoy.planning.value_of import value_of

THRESHOLD = 6_000  # estimated start options above which "auto" decomposes
# Seconds a day gets again when its share ran out before any schedule was found: fifteen days
# of a convoy each need a fraction of a second, but a loaded machine can starve one of them,
# and an agenda a little late is worth more than none (not past twice the time limit).
LAST_CHANCE = 2.0
# Share of the time for the day plan: it decides the compactness (which meetings share the
# plenary day).  At 0.3, a 10 s convoy run left 4 s unused and its stage A unproven; with the
# days solved one after the other (3-4.4 s for a convoy's fifteen), 0.55 was the most that
# did not starve them.  Two at a time on one worker each they take about 2 s, and stage A,
# which now finds its plan leg by leg and then proves it on the whole model (3-6.5 s), gets
# 0.65: at 10 s, seeds 2-5 were proven optimal in 8 of 11 runs (at 0.55: 6 of 11).
STAGE_A = 0.65
# The least time a day gets in the first pass: the fullest days of a convoy took 0.6-0.8 s on
# this machine (on two workers), and cut at 0.5 s they kept a compactness of 34-58.
DAY_LEAST = 0.8


def estimated_options(problem: Problem) -> int:
    slots_per_leg = {leg.id: sum(d.slots for d in leg.days) for leg in problem.legs}
    where = {c.id: c.leg for c in problem.counterparts}
    total = sum(slots_per_leg.values())
    return sum(next((slots_per_leg[where[w]] for w in m.participants if w in where), total) for m in problem.meetings)


def should_decompose(problem: Problem, config: Config) -> bool:
    days = sum(len(leg.days) for leg in problem.legs)
    if config.decompose == "whole" or days < 2 or problem.previous is not None or config.fairness is not None:
        return False
    if config.objective != "lexicographic" or config.tier_order != TIER_NAMES:
        return False  # stage A optimizes the value tier first
    return config.decompose == "days" or estimated_options(problem) > THRESHOLD


def day_problem(problem: Problem, day: str, plan: DayPlan, *, keep_optional: bool) -> Problem:
    """The sub-problem of one day: its activities (mandatory unless ``keep_optional``)."""
    return days_problem(problem, {day}, plan, keep_optional=keep_optional)


def _solve_day(problem: Problem, day: str, plan: DayPlan, config: Config, progress: Progress | None) -> Result:
    strict = day_problem(problem, day, plan, keep_optional=False)
    result = solve_polished(strict, config, progress=progress)
    loose = day_problem(problem, day, plan, keep_optional=True)
    if result.status in ("optimal", "feasible") or loose == strict:
        return result
    return solve_whole(loose, config, progress=progress)


def solve_by_day(problem: Problem, config: Config, *, progress: Progress | None = None) -> Result:
    began = time.perf_counter()
    plan = assign_days(problem, config, seconds=config.time_limit * STAGE_A)
    if plan is None:
        left = config.time_limit - (time.perf_counter() - began)
        return solve_whole(problem, replace(config, time_limit=max(1.0, left)), progress=progress)
    days = [d.id for leg in problem.legs for d in leg.days]
    done: dict[str, Result] = {}
    for day, first in _first_pass(problem, plan, config, days, deadline=began + config.time_limit, progress=progress):
        result = first
        late = time.perf_counter() - began > 2 * config.time_limit
        if result.status == "unknown" and not late:  # out of time on a busy machine: one more chance
            result = _solve_day(problem, day, plan, replace(config, time_limit=LAST_CHANCE), progress)
        if result.status not in ("optimal", "feasible"):
            left = config.time_limit - (time.perf_counter() - began)
            if left < config.time_limit / 3:  # no time for the whole problem: say so
                return replace(result, statistics={"wall_time": round(time.perf_counter() - began, 3)})
            return solve_whole(problem, replace(config, time_limit=left, decompose="whole"), progress=progress)
        done[day] = result
    least = _least(problem, config, plan, done, deadline=began + config.time_limit)
    if sum(compactness(done[day]) for day in days) > least:  # else nothing to gain
        _second_pass(problem, plan, config, done, deadline=began + config.time_limit, progress=progress)
    if sum(compactness(done[day]) for day in days) > least:
        pair_days(problem, plan, config, done, deadline=began + config.time_limit, progress=progress)
    placements = [p for day in days for p in done[day].placements]
    compact = sum(compactness(done[day]) for day in days)
    return _merge(
        problem=problem, config=config, plan=plan, placements=placements, compact=compact, least=least, began=began
    )


def _least(problem: Problem, config: Config, plan: DayPlan, done: dict[str, Result], *, deadline: float) -> int:
    """A bound on the compactness of the agenda the days of ``done`` make, as they stand after
    the first pass (the passes after it never lose value or compactness).  When the value is
    proven optimal, stage A's bound holds; when the agenda meets it, it is the bound, else the
    per-participant relaxation may raise it.  The relaxation is computed here, before the
    passes, not after them (0.3-0.5 s on a convoy, which ran past the time limit), and the
    passes are skipped when the agenda meets it.  Past the deadline (a slow machine: the
    first pass ran over, and the relaxation took 1.2 s more) stage A's bound is kept as it is."""
    placements = [p for r in done.values() for p in r.placements]
    compact = sum(compactness(r) for r in done.values())
    proven = value_of(problem=problem, config=config, placements=placements) == plan.bound
    stage_a = plan.compact_bound if proven else None
    if stage_a is not None and (compact <= stage_a or time.perf_counter() >= deadline):
        return stage_a
    return max(breaks_lower_bound(problem, config).total, stage_a or 0)


def _first_pass(
    problem: Problem, plan: DayPlan, config: Config, days: list[str], *, deadline: float, progress: Progress | None
) -> list[tuple[str, Result]]:
    """Each day solved alone, ``config.workers`` days at a time with one worker each (a
    day is small: one CP-SAT worker proves it as fast as two, so the days of a convoy take
    2 s instead of 3.5 s), the fullest days first.  A day's time grows with the square of
    its activities, so when it starts it gets the time the lanes have left (less what the
    days running beside it were given) in proportion to its squared size among the days
    not started; what a day proven early leaves goes to the days after it."""
    size = {d: 1 + sum(1 for a in plan.day_of.values() if a == d) for d in days}
    order = sorted(days, key=lambda d: -size[d])
    lanes = max(1, config.workers)
    lock = threading.Lock()
    waiting = {d: size[d] ** 2 for d in days}
    running: dict[str, float] = {}  # day -> when its share ends

    def one(day: str) -> Result:
        with lock:
            now = time.perf_counter()
            given = sum(max(0.0, end - now) for end in running.values())
            share = (lanes * (deadline - now) - given) * waiting[day] / sum(waiting.values())
            share = min(max(DAY_LEAST, share), max(DAY_LEAST, deadline - now))
            del waiting[day]
            running[day] = now + share
        try:
            return _solve_day(problem, day, plan, replace(config, time_limit=share, workers=1), progress)
        finally:
            with lock:
                del running[day]

    with ThreadPoolExecutor(lanes) as pool:
        return list(zip(order, pool.map(one, order), strict=True))


def _tier(result: Result, name: str, *, bound: bool = False) -> float:
    found = result.tier(name)
    return 0 if found is None else found.bound if bound else found.value


def _second_pass(
    problem: Problem,
    plan: DayPlan,
    config: Config,
    done: dict[str, Result],
    *,
    deadline: float,
    progress: Progress | None,
) -> None:
    """The days not proven optimal in the first pass, again, from their first schedule,
    with whatever time the days proven early left (largest gap first); a new schedule is
    kept when it is more compact."""
    todo = sorted(
        (d for d, r in done.items() if r.status != "optimal"),
        key=lambda d: compactness(done[d]) - _tier(done[d], "compactness", bound=True),
        reverse=True,
    )
    for i, day in enumerate(todo):
        left = deadline - time.perf_counter()
        if left < 0.3:
            return
        share = replace(config, time_limit=left / (len(todo) - i))
        result = again(problem, plan, share, done, {day}, progress=progress)
        if result is None:
            continue  # that day needed its optional meetings left out: keep what it has
        kept = _tier(result, "value") >= _tier(done[day], "value")  # never trade value for compactness
        if result.status in ("optimal", "feasible") and kept and compactness(result) < compactness(done[day]):
            done[day] = result


def _merge(
    *,
    problem: Problem,
    config: Config,
    plan: DayPlan,
    placements: list[Placement],
    compact: int,
    least: int,
    began: float,
) -> Result:
    """The days' agenda as one result; ``least``: the compactness bound from ``_least``."""
    reached = value_of(problem=problem, config=config, placements=placements)
    mandatory = sum(1 for m in problem.meetings if m.mandatory)
    if reached == plan.bound and plan.compact_bound is not None:  # a pass may have proven the value
        least = max(least, plan.compact_bound)
    objective = (
        TierValue(tier=1, name="mandatory", value=mandatory, bound=mandatory, sense="max"),
        # with every meeting mandatory the value is a constant: the placements give it
        TierValue(tier=2, name="value", value=reached, bound=plan.bound if plan.has_value else reached, sense="max"),
        TierValue(tier=3, name="compactness", value=compact, bound=least, sense="min"),
    )
    optimal = (reached == plan.bound or not plan.has_value) and compact <= least
    placed = {p.id for p in placements}
    result = Result(
        status="optimal" if optimal else "feasible",
        placements=tuple(placements),
        objective=objective,
        bound=float(least),
        gap=round((compact - least) / max(1, compact), 6),
        solver_version=version("ortools"),
        parameters={
            "num_workers": str(config.workers),
            "time_limit": str(config.time_limit),
            "random_seed": str(config.seed),
            "objective": config.objective,
            "breaks": config.breaks,
            "fairness": str(config.fairness),
            "decompose": "days",
        },
        unplaced=explain_unplaced(
            problem=problem,
            grid=build_grid(problem),
            placed=placed,
            options=plan.options,
            placements=placements,
            soft_floor=config.soft_floor,
        ),
    )
    # measured last, so that the time reported is the whole call's (it left out this merge)
    days = float(len({p.day for p in placements}))
    return replace(result, statistics={"wall_time": round(time.perf_counter() - began, 3), "days": days})
