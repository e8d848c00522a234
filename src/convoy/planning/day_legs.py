"""Stage A's pass over the legs one by one (``by_leg``): the activities and seats the whole
model chose (or the value phase, when it found none), each leg's spread over its own days
for the least compactness terms, with the runs the whole model leaves out (second tracks,
hosts kept off the nearest slots) counted.

A leg's terms depend on its days only, and with the same activities and seats the value
cannot change, so each leg is solved alone: on a convoy, 0.3-2 s a leg, where the whole
model with those runs took 6-10 s to prove its plan.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from ortools.sat.python import cp_model

from convoy.planning.config import Config
from convoy.planning.day_bound import compactness_terms
from convoy.planning.day_model import plan_of, relaxation, stage_solver
from convoy.planning.day_plan import DayPlan, days_problem
from convoy.planning.options import Option
from convoy.planning.problem import Problem

RESERVE = 0.5  # seconds kept for each leg still to solve (a leg of a convoy takes 0.3-0.5 s)


def by_leg(
    problem: Problem,
    config: Config,
    day_of: dict[str, str],
    seated: dict[str, tuple[str, ...]],
    *,
    seconds: float,
    known: Mapping[str, list[Option]] | None = None,
) -> tuple[dict[str, str], int | None]:
    """The activities and seats of ``day_of`` and ``seated``, each leg's spread over the leg's
    days to the least terms; the plan and its terms (None when a leg found no plan in time:
    that leg keeps the days of ``day_of``).  ``known``: the slot options already computed
    (stage A's whole model), reused rather than computed again for each leg.
    The legs are solved largest model first, each with what is left but ``RESERVE`` seconds for
    every leg after it (a plenary's leg can take twice as long as the others, and a leg
    proven early leaves the rest to the next), then the legs not proven get what the others
    left.  A leg's sub-problem keeps the precedences inside it; one between two legs stays
    kept, since days are ordered leg after leg and no activity changes leg."""
    began = time.perf_counter()
    plan = DayPlan(day_of=day_of, seated=seated, value=0, bound=0, options={})
    legs = [
        LegModel(days_problem(problem, {d.id for d in leg.days}, plan, keep_optional=False), config, known=known)
        for leg in problem.legs
    ]
    for i, model in enumerate(sorted(legs, key=lambda m: -len(m.b.model.proto.variables))):
        left = seconds - (time.perf_counter() - began)
        after = len(legs) - i - 1
        model.solve(day_of, seconds=max(left / (after + 1), left - RESERVE * after))
    again = [model for model in legs if not model.proven]
    for i, model in enumerate(again):
        model.solve(model.best or day_of, seconds=(seconds - (time.perf_counter() - began)) / (len(again) - i))
    moved = dict(day_of)
    total: int | None = 0
    for model in legs:
        if model.best is None or model.reached is None:
            total = None  # this leg as it was, with terms not known
            continue
        moved.update(model.best)
        if total is not None:
            total += model.reached
    return moved, total


class LegModel:
    """Stage A's model of some days with every activity held and every interested
    delegation seated (the same value), minimizing the terms; the best days found."""

    def __init__(self, problem: Problem, config: Config, *, known: Mapping[str, list[Option]] | None = None) -> None:
        self.b, starts, _peak, _limits = relaxation(problem, config, known=known)
        for lits in self.b.x.values():
            self.b.model.add_exactly_one(lits)
        for seats in self.b.seats.values():
            self.b.model.add_exactly_one(seat for _k, seat in seats)
        self.b.model.minimize(sum(compactness_terms(self.b, starts, second_tracks=True)))
        self.best: dict[str, str] | None = None
        self.reached: int | None = None
        self.proven = False

    def solve(self, day_of: dict[str, str], *, seconds: float) -> None:
        """Search from the days of ``day_of`` for ``seconds``; keep the best days."""
        if seconds < 0.1:
            return
        self.b.model.clear_hints()  # type: ignore[no-untyped-call]
        for activity, lits in self.b.x.items():
            for (d, _s), lit in zip(self.b.options[activity], lits, strict=True):
                self.b.model.add_hint(lit, day_of.get(activity) == d)
        solver = stage_solver(self.b.config, seconds)
        status = solver.solve(self.b.model)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return
        if self.reached is None or solver.objective_value < self.reached:
            self.best, _seated = plan_of(self.b, solver)
            self.reached = round(solver.objective_value)
        self.proven = status == cp_model.OPTIMAL
