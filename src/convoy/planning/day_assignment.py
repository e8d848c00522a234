"""Stage A of the decomposition by day: which activities happen on which day, and who
sits in each group session, maximizing the value tier on an aggregated model
(``day_model.relaxation``), then, value kept, minimizing the compactness terms
(``day_bound.py``), whose least sum bounds the compactness of every optimal agenda.
"""

from __future__ import annotations

import math
import time

from ortools.sat.python import cp_model

from convoy.planning.config import Config
from convoy.planning.day_bound import compactness_terms, day_shapes
from convoy.planning.day_legs import by_leg
from convoy.planning.day_model import plan_of, relaxation, stage_solver
from convoy.planning.day_moves import Limits, better_days
from convoy.planning.day_plan import DayPlan
from convoy.planning.model import Built
from convoy.planning.options import Option
from convoy.planning.problem import Problem
from convoy.planning.stall import solve_or_stall

# Share of stage A's second phase for the whole model of several legs, which chooses the
# activities and proves the bound (convoy-size: 1.1-2.5 s); the legs one by one
# (``day_legs.by_leg``) then spread them over the days with what the whole model leaves out
# (0.5-2 s a leg).
WHOLE = 0.55
STALL = 1.0  # seconds with neither a better bound nor a better plan after which the whole model stops


def _compactness_bound(
    b: Built, first: cp_model.CpSolver, value: int, *, limits: Limits, starts: dict[str, list[Option]], seconds: float
) -> tuple[dict[str, str], dict[str, tuple[str, ...]], int | None, int | None]:
    """Second objective, value kept: a lower bound on the compactness tier of the day
    schedules (breaks + ``venue_change_weight`` x venue changes), valid for every agenda of
    this value, since stage A is a relaxation (``day_bound.py`` says what it counts); the
    plan that reaches it keeps the days compact.  With several legs the whole model chooses
    the activities and proves the bound, then each leg's activities are spread over its days
    alone (``day_legs.by_leg``) with what the whole model leaves out (the runs of second
    tracks and of hosts kept from the nearest slots, which slow its bound); a single leg
    starts from the quick moves (``day_moves.py``).
    Returns the day plan, its seats, the proven bound (None if none was proven) and the
    plan's terms (None if not known)."""
    began = time.perf_counter()
    day_of, seated = plan_of(b, first)
    legs = len(b.problem.legs) > 1
    terms = compactness_terms(b, starts, second_tracks=not legs)
    if not terms:
        return day_of, seated, 0, 0
    if seconds < 0.5:
        return day_of, seated, None, None
    b.model.add(b.terms["value"] >= value)
    if not legs:
        # the quick moves' plan as the start, so the whole model's is no worse (with several
        # legs no hint: hinted, the whole model proved its bound far later, convoy seed 4:
        # bound 1 at 1.2 s without a hint, none in 3-4 s with the legs' plan as one)
        day_of = better_days(b, day_of, seated, limits, day_shapes(b), seconds=min(1.0, seconds / 4))
        _hint(b, first, day_of, seated)
    b.model.minimize(sum(terms))
    second = stage_solver(b.config, (seconds - (time.perf_counter() - began)) * (WHOLE if legs else 1))
    status = solve_or_stall(second, b.model, stall=STALL) if legs else second.solve(b.model)
    proven = second.best_objective_bound
    bound = max(0, math.ceil(proven - 1e-6)) if math.isfinite(proven) else None
    reached: int | None = None
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        day_of, seated = plan_of(b, second)
        reached = round(second.objective_value)
    elif status != cp_model.UNKNOWN:
        bound = None  # no plan and no bound: the first phase's plan as it is
    if legs and reached is None:
        # the whole model found no plan (a slow machine): the quick moves improve the first
        # phase's, so that the legs, or the days if the legs find none either, start from it
        left = seconds - (time.perf_counter() - began)
        day_of = better_days(b, day_of, seated, limits, day_shapes(b), seconds=min(1.0, left / 4))
    if legs:
        day_of, reached = by_leg(
            b.problem, b.config, day_of, seated, seconds=seconds - (time.perf_counter() - began), known=starts
        )
    return day_of, seated, bound, reached


def _hint(b: Built, first: cp_model.CpSolver, day_of: dict[str, str], seated: dict[str, tuple[str, ...]]) -> None:
    """The first phase's solution with the days (and seats) of ``day_of`` as the hint: the
    same activities and seats, so the same value."""
    hint = list(first.response_proto.solution)
    for activity, lits in b.x.items():
        for (d, _s), lit in zip(b.options[activity], lits, strict=True):
            hint[lit.index] = int(day_of.get(activity) == d)
    for (g, delegation), seats in b.seats.items():
        for k, seat in seats:
            hint[seat.index] = int(day_of.get(g) == b.options[g][k][0] and delegation in seated.get(g, ()))
    for index, v in enumerate(hint):
        b.model.add_hint(b.model.get_int_var_from_proto_index(index), v)


def assign_days(problem: Problem, config: Config, *, seconds: float) -> DayPlan | None:
    """The day plan, or None when no plan was found in time (or none exists)."""
    began = time.perf_counter()  # building the model counts: on a convoy it takes a fifth of the time
    b, slot_options, peak, limits = relaxation(problem, config)
    if b.has_value:
        b.model.maximize(b.terms["value"])
    else:  # every activity mandatory: spread the load so that each day stays schedulable
        b.model.minimize(peak)
    left = seconds - (time.perf_counter() - began)
    solver = stage_solver(config, left / 2 if b.has_value else left)
    status = solver.solve(b.model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    reached = round(solver.objective_value) if b.has_value else round(solver.value(b.terms["value"]))
    bound = round(solver.best_objective_bound) if b.has_value else reached
    compact: int | None = None
    terms: int | None = None
    if b.has_value:
        left = seconds - (time.perf_counter() - began)
        day_of, seated, compact, terms = _compactness_bound(
            b, solver, reached, limits=limits, starts=slot_options, seconds=left
        )
    else:
        day_of, seated = plan_of(b, solver)
    return DayPlan(
        day_of=day_of,
        seated=seated,
        value=reached,
        bound=bound,
        options=slot_options,
        has_value=b.has_value,
        compact_bound=compact if reached == bound else None,
        compact_reached=terms,
    )
