"""The whole problem in one CP-SAT model (``model.py`` + ``constraints/``), tier by tier.

Lexicographic tiers are solved in sequence: each tier's best value becomes a constraint
for the next, and the previous solution is the next solve's hint.  Both cores are used
(``Config.workers``); bound and gap are reported as CP-SAT proves them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version

from ortools.sat.python import cp_model

from convoy.planning.config import Config
from convoy.planning.explain import explain
from convoy.planning.extract import extract
from convoy.planning.model import Built, build
from convoy.planning.problem import Problem
from convoy.planning.result import Result
from convoy.planning.sweep import applies, sweep
from convoy.planning.tiers import Tier, tiers_of, weighted
from convoy.planning.warm_start import add_rules, complete_hint, is_large, lean_solution

OK = (cp_model.OPTIMAL, cp_model.FEASIBLE)


@dataclass(frozen=True)
class ProgressEvent:
    """A new best solution: tier being solved, its value and proven bound, seconds so far."""

    tier: str
    value: float
    bound: float
    elapsed: float


Progress = Callable[[ProgressEvent], None]


def proven_bound(solver: cp_model.CpSolver | cp_model.CpSolverSolutionCallback, sense: str) -> float:
    """CP-SAT's bound on a tier; a tier that is minimized counts something (breaks, venue
    changes, changes to the agenda), so its bound is at least 0, where CP-SAT, reading the
    objective's expression, can report -1 before it has propagated (a demo mission showed
    "bound -1" beside its first agenda)."""
    bound = solver.best_objective_bound
    return max(0.0, bound) if sense == "min" else bound


class _Callback(cp_model.CpSolverSolutionCallback):
    def __init__(self, *, tier: str, sense: str, began: float, progress: Progress | None) -> None:
        super().__init__()
        self.tier, self.sense, self.began, self.progress = tier, sense, began, progress

    def on_solution_callback(self) -> None:
        if self.progress is not None:
            event = ProgressEvent(
                self.tier,
                self.objective_value,
                proven_bound(self, self.sense),
                round(time.perf_counter() - self.began, 3),
            )
            self.progress(event)


def subsolvers(*, tier: str, optional: bool) -> tuple[str, str]:
    """The two full-problem workers, chosen by measurement (docs/explanation/optimizer.md):
    core-guided search proves break optima when every meeting is mandatory (the B2B case,
    as MaxSAT does in the paper); with optional meetings the LP-heavy ``max_lp`` worker
    closes the gap, and it alone proves the value tier."""
    if tier == "value":
        return ("max_lp", "default_lp")
    return ("max_lp", "core") if optional else ("core", "default_lp")


def _parameters(config: Config, seconds: float, tier: str, optional: bool) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = config.workers
    solver.parameters.max_time_in_seconds = max(0.05, seconds)
    solver.parameters.random_seed = config.seed
    for name in subsolvers(tier=tier, optional=optional)[: max(1, config.workers)]:
        solver.parameters.subsolvers.append(name)
    return solver


def light_presolve(solver: cp_model.CpSolver) -> None:
    """One round of presolve, without probing or symmetry detection: on big slot models and
    on stage A's models of a convoy they cost more than they save."""
    solver.parameters.cp_model_probing_level = 0
    solver.parameters.symmetry_level = 0
    solver.parameters.max_presolve_iterations = 1


def _run(
    b: Built,
    *,
    name: str,
    sense: str,
    seconds: float,
    began: float,
    progress: Progress | None,
    hint: list[int] | None,
) -> tuple[cp_model.CpSolver, cp_model.CpSolverStatus]:
    if hint is not None:
        b.model.clear_hints()  # type: ignore[no-untyped-call]
        for index, value in enumerate(hint):
            b.model.add_hint(b.model.get_int_var_from_proto_index(index), value)
    # optional meetings, not group seats, are what the LP worker helps with: a day of a
    # decomposed convoy (meetings mandatory, a group session) proves its breaks with core
    # search in a second where max_lp left a gap of 9 after two (measured)
    optional = any(not m.mandatory for m in b.problem.meetings)
    solver = _parameters(b.config, seconds, name, optional)
    if is_large(b):
        light_presolve(solver)
    status = solver.solve(b.model, _Callback(tier=name, sense=sense, began=began, progress=progress))
    return solver, status


def solve_whole(
    problem: Problem,
    config: Config,
    *,
    progress: Progress | None = None,
    start: dict[str, tuple[str, int]] | None = None,
) -> Result:
    """The best agenda found within ``config.time_limit`` seconds, in one model.

    ``start`` (activity id -> (day, slot)) is a known solution to start from."""
    began = time.perf_counter()
    b = build(problem, config)
    add_rules(b, lean=True)
    first = None
    if start is not None:
        first = {a: [int(o == start.get(a)) for o in options] for a, options in b.options.items()}
    elif is_large(b):
        first = (sweep(b) if applies(b) else None) or lean_solution(b, config, seconds=config.time_limit * 0.5)
    add_rules(b, lean=False)
    needed = is_large(b) or start is not None
    if needed and (first is None or not complete_hint(b, first, seconds=config.time_limit * 0.2)):
        return _failed(problem, config, cp_model.UNKNOWN, time.perf_counter() - began)
    tiers = tiers_of(b)
    todo = [t for t in tiers if not t.constant]
    if config.objective == "weighted" and todo:
        todo = [Tier(0, "weighted", weighted(b, tiers), "max", False)]
    values: dict[str, tuple[int, int]] = {}
    hint: list[int] | None = None
    good: cp_model.CpSolver | None = None  # the last tier solved keeps its solution
    status, proven = cp_model.UNKNOWN, True
    for i, tier in enumerate(todo or [Tier(0, "feasibility", 0, "max", False)]):
        left = config.time_limit - (time.perf_counter() - began)
        share = left if i == len(todo) - 1 else left / (len(todo) - i) * 1.0
        if todo:
            (b.model.maximize if tier.sense == "max" else b.model.minimize)(tier.expr)
        solver, status = _run(
            b, name=tier.name, sense=tier.sense, seconds=share, began=began, progress=progress, hint=hint
        )
        if status not in OK:
            proven = False
            break
        good = solver
        proven &= status == cp_model.OPTIMAL
        value, bound = round(solver.objective_value), round(proven_bound(solver, tier.sense))
        values[tier.name] = (value, bound)
        hint = list(solver.response_proto.solution)
        if todo:
            b.model.add(tier.expr >= value if tier.sense == "max" else tier.expr <= value)
    elapsed = time.perf_counter() - began
    if good is None:
        return _failed(problem, config, status, elapsed)
    return extract(
        b=b,
        solver=good,
        tiers=tiers,
        values=values,
        status="optimal" if proven else "feasible",
        elapsed=elapsed,
        version=version("ortools"),
    )


def _failed(problem: Problem, config: Config, status: cp_model.CpSolverStatus, elapsed: float) -> Result:
    if status == cp_model.INFEASIBLE:
        return explain(problem, config, elapsed=elapsed)
    return Result(
        status="unknown",
        solver="ortools-cp-sat",
        solver_version=version("ortools"),
        statistics={"wall_time": round(elapsed, 3)},
    )
