"""Turn a CP-SAT solution into a Result: placements with tracks, tiers, statistics."""

from __future__ import annotations

from ortools.sat.python import cp_model

from convoy.planning.lower_bound import breaks_lower_bound
from convoy.planning.model import Built
from convoy.planning.result import Placement, Result, Status, TierValue, fixed_placements
from convoy.planning.tiers import Tier
from convoy.planning.tracks import assign_tracks
from convoy.planning.unplaced import explain_unplaced
from convoy.planning.value_of import value_upper_bound


def placements_of(b: Built, solver: cp_model.CpSolver) -> list[Placement]:
    out = fixed_placements(b.problem)
    for m in b.problem.meetings:
        for (day, start), lit in zip(b.options[m.id], b.x[m.id], strict=True):
            if solver.boolean_value(lit):
                venue = next(a.venue for a in b.attend[m.participants[0]] if a.activity == m.id)
                out.append(
                    Placement(
                        id=m.id,
                        kind="meeting",
                        participants=m.participants,
                        day=day,
                        start=start,
                        duration=m.duration,
                        venue=venue,
                    )
                )
    for g in b.problem.group_sessions:
        for k, ((day, start), lit) in enumerate(zip(b.options[g.id], b.x[g.id], strict=True)):
            if not solver.boolean_value(lit):
                continue
            seated = tuple(
                i.delegation
                for i in g.interested
                if any(j == k and solver.boolean_value(s) for j, s in b.seats[(g.id, i.delegation)])
            )
            venue = next(a.venue for a in b.attend[g.host] if a.activity == g.id)
            out.append(
                Placement(
                    id=g.id,
                    kind="group_session",
                    participants=(g.host, *seated),
                    day=day,
                    start=start,
                    duration=g.duration,
                    venue=venue,
                )
            )
    return assign_tracks(grid=b.grid, placements=out)


def tier_values(
    *, tiers: list[Tier], values: dict[str, tuple[int, int]], solver: cp_model.CpSolver, trivial_upper: int = 0
) -> tuple[TierValue, ...]:
    """Each tier's value and bound; a tier that time did not reach gets a trivial bound
    (0 for minimized tiers, ``trivial_upper`` for the value tier)."""
    out = []
    for t in tiers:
        if t.name in values:
            value, bound = values[t.name]
        else:
            value = bound = t.expr if isinstance(t.expr, int) else int(solver.value(t.expr))
            if not t.constant:  # not reached in time: only the trivial bound is known
                bound = 0 if t.sense == "min" else trivial_upper
        out.append(TierValue(tier=t.number, name=t.name, value=value, bound=bound, sense=t.sense))
    return tuple(out)


def with_breaks_bound(b: Built, objective: tuple[TierValue, ...]) -> tuple[TierValue, ...]:
    """The compactness tier's bound raised to the per-participant relaxation's
    (``lower_bound.py``) where CP-SAT proved less: breaks + venue changes >= breaks."""
    if not any(t.name == "compactness" for t in objective):
        return objective
    least = breaks_lower_bound(b.problem, b.config).total
    return tuple(
        TierValue(tier=t.tier, name=t.name, value=t.value, bound=max(t.bound, least), sense=t.sense)
        if t.name == "compactness"
        else t
        for t in objective
    )


def extract(
    *,
    b: Built,
    solver: cp_model.CpSolver,
    tiers: list[Tier],
    values: dict[str, tuple[int, int]],
    status: Status,
    elapsed: float,
    version: str,
) -> Result:
    placements = placements_of(b, solver)
    upper = value_upper_bound(problem=b.problem, config=b.config)
    objective = with_breaks_bound(b, tier_values(tiers=tiers, values=values, solver=solver, trivial_upper=upper))
    if status == "feasible" and all(t.value == t.bound for t in objective):
        status = "optimal"  # the relaxation's bound closed the gap CP-SAT left open
    solved = [t for t in objective if t.name in values]
    last = solved[-1] if solved else None
    gap = abs(last.bound - last.value) / max(1, abs(last.value)) if last else 0.0
    placed = {p.id for p in placements}
    return Result(
        status=status,
        placements=tuple(placements),
        objective=objective,
        bound=float(last.bound) if last else 0.0,
        gap=round(gap, 6),
        solver="ortools-cp-sat",
        solver_version=version,
        parameters={
            "num_workers": str(b.config.workers),
            "time_limit": str(b.config.time_limit),
            "random_seed": str(b.config.seed),
            "objective": b.config.objective,
            "breaks": b.config.breaks,
            "fairness": str(b.config.fairness),
        },
        statistics={
            "wall_time": round(elapsed, 3),
            "variables": float(len(b.model.proto.variables)),
            "constraints": float(len(b.model.proto.constraints)),
            "conflicts": float(solver.num_conflicts),
            "branches": float(solver.num_branches),
        },
        unplaced=explain_unplaced(
            problem=b.problem,
            grid=b.grid,
            placed=placed,
            options=b.options,
            placements=placements,
            soft_floor=b.config.soft_floor,
        ),
    )
