"""Hard: when both are placed, meeting ``after`` starts no earlier than ``before`` ends
(days in itinerary order)."""

from __future__ import annotations

from convoy.planning.constraints.rule import Rule
from convoy.planning.model import Built, Expr


def add(b: Built) -> None:
    horizon = 1 + max((d.slots for d in b.grid.days.values()), default=0)
    for rule in b.problem.precedences:
        if rule.before not in b.x or rule.after not in b.x:
            continue

        def at(mid: str, shift: int) -> Expr:
            return sum(
                (b.grid.order[d] * horizon + s + shift) * lit
                for (d, s), lit in zip(b.options[mid], b.x[mid], strict=True)
            )

        duration = next(m.duration for m in b.problem.meetings if m.id == rule.before)
        both = [b.model.new_bool_var(f"both[{rule.before},{rule.after}]")]
        b.model.add(both[0] <= b.placed[rule.before])
        b.model.add(both[0] <= b.placed[rule.after])
        b.model.add(both[0] >= b.placed[rule.before] + b.placed[rule.after] - 1)
        enforce = both
        if b.explain:
            enforce = [*both, b.assume(f"precedence:{rule.before}:{rule.after}")]
        b.model.add(at(rule.after, 0) >= at(rule.before, duration)).only_enforce_if(enforce)


RULE = Rule("precedence", 0, "", "orden entre reuniones", "order between meetings", add)
