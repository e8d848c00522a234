"""A first solution for large models: the hard rules alone (no breaks, venue changes or
implied constraints) are much lighter, and their solution is the full model's hint."""

from __future__ import annotations

from ortools.sat.python import cp_model

from convoy.planning.config import Config
from convoy.planning.constraints import RULES
from convoy.planning.model import Built

LEAN_SKIPS = frozenset({"breaks", "venue_changes", "implied"})
THRESHOLD = 20_000  # option literals above which the full model starts from a lean solution


def is_large(b: Built) -> bool:
    return sum(len(lits) for lits in b.x.values()) > THRESHOLD


def add_rules(b: Built, *, lean: bool) -> None:
    """The hard rules (``lean``), or the rules a lean model skipped."""
    for rule in RULES:
        if (rule.name in LEAN_SKIPS) != lean:
            rule.add(b)


def lean_solution(lean: Built, config: Config, *, seconds: float) -> dict[str, list[int]] | None:
    """Option values (per activity, and per group seat list) of a solution of the hard rules
    (``lean`` holds only them so far)."""
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = config.workers
    solver.parameters.max_time_in_seconds = max(0.1, seconds)
    solver.parameters.random_seed = config.seed
    solver.parameters.cp_model_presolve = False  # feasibility jump finds it; presolve is the cost
    if solver.solve(lean.model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    values = {a: [int(solver.value(x)) for x in lits] for a, lits in lean.x.items()}
    for (g, d), seats in lean.seats.items():
        values[f"{g}\0{d}"] = [int(solver.value(s)) for _k, s in seats]
    return values


def complete_hint(b: Built, values: dict[str, list[int]], *, seconds: float) -> bool:
    """Extend a lean solution to every variable of the full model (a copy of it with the
    options fixed, solved by propagation) and set it as the hint.  False if that failed."""
    fixed = b.model.clone()
    for a, lits in b.x.items():
        for lit, v in zip(lits, values.get(a, []), strict=False):
            fixed.add(fixed.get_int_var_from_proto_index(lit.index) == v)
    for (g, d), seats in b.seats.items():
        for (_k, seat), v in zip(seats, values.get(f"{g}\0{d}", []), strict=False):
            fixed.add(fixed.get_int_var_from_proto_index(seat.index) == v)
    fixed.clear_objective()  # type: ignore[no-untyped-call]
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = max(0.1, seconds)
    if solver.solve(fixed) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return False
    b.model.clear_hints()  # type: ignore[no-untyped-call]
    for index, value in enumerate(solver.response_proto.solution):
        b.model.add_hint(b.model.get_int_var_from_proto_index(index), value)
    return True
