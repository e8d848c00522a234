"""Explain an infeasible problem in words, naming a small set of conflicting requirements.

Each requirement that can be switched off (a mandatory meeting, a precedence, a floor,
the fairness bound) gets an assumption literal; CP-SAT returns a sufficient subset
(``sufficient_assumptions_for_infeasibility``), which is then shrunk by deletion: a
requirement is dropped when the rest stays infeasible.  Infeasible problems get no
placements, only these conflicts.
"""

from __future__ import annotations

from importlib.metadata import version

from ortools.sat.python import cp_model

from convoy.planning.config import Config
from convoy.planning.constraints import add_all
from convoy.planning.model import Built, build
from convoy.planning.options import build_grid, kept_away, meeting_options
from convoy.planning.problem import Problem
from convoy.planning.result import Message, Result
from convoy.planning.words import render_conflict, render_fixed_overlap, render_no_option


def _infeasible(b: Built, names: list[str], seconds: float) -> bool | None:
    """True/False when decided within ``seconds``, None when unknown."""
    b.model.clear_assumptions()
    b.model.add_assumptions([b.assumptions[n] for n in names])
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = seconds
    status = solver.solve(b.model)
    if status == cp_model.INFEASIBLE:
        return True
    return False if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else None


def find_core(problem: Problem, config: Config, *, seconds: float = 5.0) -> list[str] | None:
    """A small set of requirement names that cannot hold together (None: not found)."""
    b = build(problem, config, explain=True)
    add_all(b)
    names = sorted(b.assumptions)
    b.model.add_assumptions([b.assumptions[n] for n in names])
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = seconds
    if solver.solve(b.model) != cp_model.INFEASIBLE:
        return None
    by_index = {lit.index: n for n, lit in b.assumptions.items()}
    core = [by_index[i] for i in solver.sufficient_assumptions_for_infeasibility() if i in by_index]
    for name in list(core):
        rest = [n for n in core if n != name]
        if _infeasible(b, rest, seconds / 4) is True:
            core = rest
    return core


def _fixed_overlaps(problem: Problem) -> list[Message]:
    grid = build_grid(problem)
    return [
        render_fixed_overlap(grid=grid, who=who, day=day, slot=slot)
        for (who, day, slot), load in sorted(grid.fixed_load.items())
        if load > grid.capacity(who)
    ]


def conflicts(problem: Problem, config: Config) -> tuple[Message, ...]:
    """Why ``problem`` has no valid agenda, as few requirements as we could find."""
    overlaps = _fixed_overlaps(problem)
    if overlaps:
        return tuple(overlaps[:1])
    grid = build_grid(problem)
    for m in problem.meetings:
        if m.mandatory and not meeting_options(grid=grid, meeting=m):
            return (render_no_option(grid=grid, meeting=m, kept_away=kept_away(grid=grid, meeting=m)),)
    core = find_core(problem, config, seconds=min(10.0, max(1.0, config.time_limit)))
    if core is None:
        return (
            Message(
                code="unexplained",
                es="No se encontró una agenda válida ni una causa concreta.",
                en="No valid agenda was found, nor a specific cause.",
            ),
        )
    return (render_conflict(problem=problem, grid=grid, core=core),)


def explain(problem: Problem, config: Config, *, elapsed: float = 0.0) -> Result:
    """An ``infeasible`` Result carrying the explanation and no placements."""
    return Result(
        status="infeasible",
        solver="ortools-cp-sat",
        solver_version=version("ortools"),
        statistics={"wall_time": round(elapsed, 3)},
        conflicts=conflicts(problem, config),
    )
