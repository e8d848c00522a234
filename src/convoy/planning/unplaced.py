"""Why a candidate meeting was left out, in both languages."""

from __future__ import annotations

from convoy.planning.options import Grid, Option
from convoy.planning.problem import Problem
from convoy.planning.result import Message, Unplaced


def _names(grid: Grid, ids: tuple[str, ...]) -> str:
    names = {k: v.name for k, v in grid.delegations.items()}
    names.update({k: v.name for k, v in grid.counterparts.items()})
    return " / ".join(names.get(i, i) for i in ids)


def explain_unplaced(
    *, problem: Problem, grid: Grid, placed: set[str], options: dict[str, list[Option]]
) -> tuple[Unplaced, ...]:
    out = []
    for m in problem.meetings:
        if m.id in placed:
            continue
        who = _names(grid, m.participants)
        if not options.get(m.id):
            reason = Message(
                code="no_common_slot",
                es=f"{who}: no tienen un horario libre en común",
                en=f"{who}: no common free time",
                ids=(m.id, *m.participants),
            )
        else:
            reason = Message(
                code="crowded_out",
                es=f"{who}: sus horarios posibles se usaron en reuniones de más valor",
                en=f"{who}: its possible times went to meetings of higher value",
                ids=(m.id, *m.participants),
            )
        out.append(Unplaced(id=m.id, reason=reason))
    return tuple(out)
