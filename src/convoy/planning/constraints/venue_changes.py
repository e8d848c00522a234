"""Tier 3: venue changes of one-track participants, with a location per slot.

``loc[v, t]`` says where the participant is at slot t (kept through idle slots); each
activity at v forces ``loc[v, t]``; leaving v between t-1 and t is a change.  Minimizing
makes the count equal to the number of consecutive activities at different venues.
"""

from __future__ import annotations

from convoy.planning.constraints.rule import Rule
from convoy.planning.model import Built, Expr


def add(b: Built) -> None:
    total: list[Expr] = []
    for who, _items in b.attend.items():
        if b.grid.capacity(who) != 1:
            continue
        for day, mine in b.by_day(who).items():
            venues = sorted({a.venue for a in mine if a.venue is not None})
            if len(venues) < 2:
                continue
            slots = b.grid.days[day].slots
            loc = {(v, t): b.model.new_bool_var(f"loc[{who},{day},{v},{t}]") for v in venues for t in range(slots)}
            for t in range(slots):
                b.model.add_exactly_one(loc[(v, t)] for v in venues)
            for a in mine:
                if a.venue is not None:
                    for t in range(a.start, a.start + a.duration):
                        b.model.add_implication(a.lit, loc[(a.venue, t)])
            for t in range(1, slots):
                change = b.model.new_bool_var(f"move[{who},{day},{t}]")
                for v in venues:
                    b.model.add(change >= loc[(v, t - 1)] - loc[(v, t)])
                total.append(change)
    b.terms["venue_changes"] = sum(total)


RULE = Rule("venue_changes", 3, "venue_changes", "cambios de sede", "venue changes", add)
