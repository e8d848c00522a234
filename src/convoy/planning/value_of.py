"""The value tier of a set of placements (used to merge decomposed solutions)."""

from __future__ import annotations

from collections.abc import Sequence

from convoy.planning.config import Config
from convoy.planning.constraints.fairness_floor import penalty_of
from convoy.planning.problem import Problem
from convoy.planning.result import Placement


def value_of(*, problem: Problem, config: Config, placements: Sequence[Placement]) -> int:
    """Sum over delegations of f(placed weight), minus the fairness-floor penalty times
    the activities short of min(soft floor, candidates) over delegations with candidates."""
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
    short = sum(max(0, min(config.soft_floor, n) - count[d]) for d, n in candidates.items())
    return curve - penalty_of(problem=problem, config=config) * short


def value_upper_bound(*, problem: Problem, config: Config) -> int:
    """The value if every candidate were placed and every interested delegation seated: an
    upper bound when the returns never decrease (else a number no agenda reaches)."""
    if any(s.slope < 0 for s in config.returns):
        return 10**9
    everything = [
        Placement(id=m.id, kind="meeting", participants=m.participants, day="", start=0, duration=m.duration)
        for m in problem.meetings
    ] + [
        Placement(
            id=g.id,
            kind="group_session",
            participants=(g.host, *(i.delegation for i in g.interested)),
            day="",
            start=0,
            duration=g.duration,
        )
        for g in problem.group_sessions
    ]
    return value_of(problem=problem, config=config, placements=everything)
