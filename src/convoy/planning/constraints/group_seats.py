"""Hard: a group session seats at most ``seats`` interested delegations, only when held."""

from __future__ import annotations

from convoy.planning.constraints.rule import Rule
from convoy.planning.model import Built


def add(b: Built) -> None:
    for g in b.problem.group_sessions:
        for k, lit in enumerate(b.x[g.id]):
            here = [seat for i in g.interested for (j, seat) in b.seats[(g.id, i.delegation)] if j == k]
            if len(here) > g.seats:
                b.model.add(sum(here) <= g.seats * lit)
            if here:
                b.model.add(sum(here) >= lit)  # a session nobody attends is not held


RULE = Rule("group_seats", 0, "", "plazas de sesiones grupales", "group-session seats", add)
