"""Hard: a counterpart holds at most ``max_per_day`` meetings and group sessions a day."""

from __future__ import annotations

from convoy.planning.constraints.rule import Rule
from convoy.planning.model import Built


def add(b: Built) -> None:
    for c in b.problem.counterparts:
        if c.max_per_day is None:
            continue
        for _day, items in b.by_day(c.id).items():
            lits = [a.lit for a in items if a.kind != "fixed"]
            if len(lits) > c.max_per_day:
                b.model.add(sum(lits) <= c.max_per_day)


RULE = Rule("max_per_day", 0, "", "máximo de reuniones por día", "meetings per day", add)
