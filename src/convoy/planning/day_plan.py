"""The day plan stage A hands to the days (``DayPlan``), and the sub-problem of some of its
days (``days_problem``): what stage A's per-leg pass, the second pass and the pair pass
solve again."""

from __future__ import annotations

from dataclasses import dataclass, replace

from convoy.planning.options import Option
from convoy.planning.problem import Problem


@dataclass(frozen=True)
class DayPlan:
    """The day of every placed activity and who sits in each group session, with stage A's
    value, its bound and what it knows of compactness."""

    day_of: dict[str, str]
    seated: dict[str, tuple[str, ...]]
    value: int
    bound: int
    options: dict[str, list[Option]]
    has_value: bool = True
    # A lower bound on the compactness of every agenda of the optimal value (None: not proven).
    compact_bound: int | None = None
    # Stage A's compactness terms at this plan (None: not known); the days reach at least this.
    compact_reached: int | None = None


def days_problem(problem: Problem, days: set[str], plan: DayPlan, *, keep_optional: bool) -> Problem:
    """The sub-problem of some days: the activities the plan puts on them (mandatory unless
    ``keep_optional``), each free to take any of those days."""
    legs = tuple(replace(leg, days=tuple(d for d in leg.days if d.id in days)) for leg in problem.legs)
    legs = tuple(leg for leg in legs if leg.days)
    meetings = tuple(
        m if keep_optional else replace(m, mandatory=True) for m in problem.meetings if plan.day_of.get(m.id) in days
    )
    seated = plan.seated
    groups = tuple(
        replace(g, interested=tuple(i for i in g.interested if i.delegation in seated.get(g.id, ())))
        for g in problem.group_sessions
        if plan.day_of.get(g.id) in days
    )
    inside = {m.id for m in meetings}
    return replace(
        problem,
        legs=legs,
        meetings=meetings,
        group_sessions=groups,
        fixed=tuple(f for f in problem.fixed if f.day in days),
        precedences=tuple(p for p in problem.precedences if p.before in inside and p.after in inside),
    )
