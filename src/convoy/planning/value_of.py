"""The value tier of a set of placements (used to merge decomposed solutions)."""

from __future__ import annotations

from collections.abc import Sequence

from convoy.planning.config import Config
from convoy.planning.problem import Problem
from convoy.planning.result import Placement


def value_of(*, problem: Problem, config: Config, placements: Sequence[Placement]) -> int:
    """Sum over delegations of f(placed weight), plus ``worst_off_weight`` x the fewest
    activities of a delegation that has candidates."""
    weight = {d.id: 0 for d in problem.delegations}
    count = dict(weight)
    candidates = dict(weight)
    meetings = {m.id: m for m in problem.meetings}
    seats = {(g.id, i.delegation): i.weight for g in problem.group_sessions for i in g.interested}
    for m in problem.meetings:
        for who in m.participants:
            if who in candidates:
                candidates[who] += 1
    for g in problem.group_sessions:
        for i in g.interested:
            if i.delegation in candidates:
                candidates[i.delegation] += 1
    for p in placements:
        for who in p.participants:
            if who not in weight:
                continue
            if p.kind == "meeting" and p.id in meetings:
                weight[who] += meetings[p.id].weight
                count[who] += 1
            elif p.kind == "group_session" and (p.id, who) in seats:
                weight[who] += seats[(p.id, who)]
                count[who] += 1
    curve = sum(min(s.offset + s.slope * w for s in config.returns) for w in weight.values())
    served = [count[d] for d, n in candidates.items() if n > 0]
    worst = min(served) if served and config.worst_off_weight else 0
    return curve + config.worst_off_weight * worst
