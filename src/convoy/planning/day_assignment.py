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

# Share of stage A's second phase for the legs one by one (``day_legs.by_leg``); the rest
# goes to the whole model, which proves the bound (its linear relaxation takes about a second
# on a convoy).
LEGS = 0.6


def _compactness_bound(
    b: Built, first: cp_model.CpSolver, value: int, *, limits: Limits, starts: dict[str, list[Option]], seconds: float
) -> tuple[dict[str, str], dict[str, tuple[str, ...]], int | None, int | None]:
    """Second objective, value kept: a lower bound on the compactness tier of the day
    schedules (breaks + ``venue_change_weight`` x venue changes), valid for every agenda of
    this value, since stage A is a relaxation (``day_bound.py`` says what it counts); the
    plan that reaches it keeps the days compact.  With several legs, each leg's placed
    activities are first spread over its days alone (``day_legs.by_leg``): the whole model then
    mostly proves that plan's terms, which it would take longer to find.
    Returns the day plan, its seats, the proven bound (None if none was proven) and the
    plan's terms (None if not known)."""
    began = time.perf_counter()
    day_of, seated = plan_of(b, first)
    # with several legs the whole model only proves the bound (the legs find the plan)
    terms = compactness_terms(b, starts, second_tracks=len(b.problem.legs) == 1)
    if not terms:
        return day_of, seated, 0, 0
    if seconds < 0.5:
        return day_of, seated, None, None
    b.model.add(b.terms["value"] >= value)
    found = by_leg(b.problem, b.config, day_of, seated, seconds=seconds * LEGS) if len(b.problem.legs) > 1 else None
    moved, known = found or (better_days(b, day_of, seated, limits, day_shapes(b), seconds=min(1.0, seconds / 4)), None)
    if known == 0:  # no plan has fewer
        return moved, seated, 0, 0
    _hint(b, first, moved, seated)
    b.model.minimize(sum(terms))
    second = stage_solver(b.config, seconds - (time.perf_counter() - began))
    if known is not None:  # stop once the whole model proves the legs' plan optimal
        second.best_bound_callback = lambda bound: second.stop_search() if bound >= known - 1e-6 else None
    status = second.solve(b.model)
    proven = second.best_objective_bound
    bound = max(0, math.ceil(proven - 1e-6)) if math.isfinite(proven) else None
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        # the legs' or the quick moves' plan: as valuable, and no worse; a bound proven
        # without any plan (a short or loaded run) still holds
        return moved, seated, bound if status == cp_model.UNKNOWN else None, known
    reached = round(second.objective_value)
    if known is not None and known <= reached:
        return moved, seated, bound, known
    day_of, seated = plan_of(b, second)
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
