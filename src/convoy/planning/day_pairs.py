"""Some days of a decomposition solved again from their schedule (``again``: the second pass
over one day, and this module's pass over two).

The last pass: with the time the days left, the least compact day is solved
again together with another day of its leg, each of their activities free to take either
day (the day plan chose one for it; stage A's count of compactness is only a bound, so a
day can hold more gaps than the plan expected: the opening plenary's day, mostly).

The two days' activities stay the same, all mandatory, so the value tier cannot change;
a joint schedule is kept only when it is more compact than the two days were.  Pairs with
a precedence reaching outside them are skipped (moving one side could break its order).
"""

from __future__ import annotations

import time
from dataclasses import replace

from convoy.planning.config import Config
from convoy.planning.day_plan import DayPlan, days_problem
from convoy.planning.problem import Problem
from convoy.planning.result import Result
from convoy.planning.sequence import Progress, solve_whole

MARGIN = 0.6  # seconds kept for building the joint model and reading its schedule


def again(
    problem: Problem,
    plan: DayPlan,
    config: Config,
    done: dict[str, Result],
    days: set[str],
    *,
    progress: Progress | None,
) -> Result | None:
    """``days`` solved again together, their activities mandatory, from the schedules in
    ``done``; None when one of them left optional meetings out to fit (it keeps what it has)."""
    here = {p.id: (p.day, p.start) for day in days for p in done[day].placements if p.kind != "fixed"}
    strict = days_problem(problem, days, plan, keep_optional=False)
    if {m.id for m in strict.meetings} - set(here):
        return None
    return solve_whole(strict, config, progress=progress, start=here)


def compactness(result: Result) -> int:
    """The compactness tier a schedule reached (0 when it has none)."""
    found = result.tier("compactness")
    return 0 if found is None else round(found.value)


def pair_days(
    problem: Problem,
    plan: DayPlan,
    config: Config,
    done: dict[str, Result],
    *,
    deadline: float,
    progress: Progress | None,
) -> None:
    """Re-solve the least compact days with a partner day of their leg while time is left;
    ``done`` (day -> its schedule) is updated in place."""
    leg_of = {d.id: leg.id for leg in problem.legs for d in leg.days}
    tried: set[frozenset[str]] = set()
    settled: set[str] = set()  # days of a pair kept: its compactness is counted on one of them
    while deadline - time.perf_counter() > 1.0 + MARGIN:
        worst = sorted(
            (d for d in done if compactness(done[d]) > 0 and d not in settled), key=lambda d: -compactness(done[d])
        )
        pair = next((p for d in worst if (p := _partner(problem, plan, d, leg_of, tried | settled)) is not None), None)
        if pair is None:
            return
        tried.add(pair)
        first, second = sorted(pair)
        before = compactness(done[first]) + compactness(done[second])
        seconds = deadline - time.perf_counter() - MARGIN
        joint = again(problem, plan, replace(config, time_limit=seconds), done, set(pair), progress=progress)
        if joint is None or joint.status not in ("optimal", "feasible") or compactness(joint) >= before:
            continue
        settled |= pair
        for day in (first, second):
            kept = tuple(p for p in joint.placements if p.day == day)
            # the pair's compactness is carried by its first day (only their sum is read)
            share = compactness(joint) if day == first else 0
            objective = tuple(replace(t, value=share) if t.name == "compactness" else t for t in joint.objective)
            done[day] = replace(joint, placements=kept, objective=objective)


def _partner(
    problem: Problem, plan: DayPlan, day: str, leg_of: dict[str, str], skip: set[frozenset[str] | str]
) -> frozenset[str] | None:
    """The day of ``day``'s leg where most of its meetings could also go, neither the pair
    nor the day in ``skip``, and with no precedence reaching outside the two."""
    mine = [a for a, d in plan.day_of.items() if d == day]
    best: tuple[int, str] | None = None
    for other in (d for d in leg_of if leg_of[d] == leg_of[day] and d != day):
        pair = frozenset((day, other))
        if pair in skip or other in skip or _crossing(problem, plan, pair):
            continue
        movable = sum(1 for a in mine if any(d == other for d, _s in plan.options.get(a, ())))
        if best is None or movable > best[0]:
            best = (movable, other)
    return None if best is None or best[0] == 0 else frozenset((day, best[1]))


def _crossing(problem: Problem, plan: DayPlan, pair: frozenset[str]) -> bool:
    inside = {a for a, d in plan.day_of.items() if d in pair}
    return any((p.before in inside) != (p.after in inside) for p in problem.precedences)
