"""Implied constraints (Bofill et al. 2022): they change no answer but prune the search.

1. A one-track participant's busy slots equal the slots of the activities it attends
   (a constant when all its meetings are mandatory).
2. When everything that can happen in a slot is a two-person meeting at venues with
   tables, at most 2 x (tables) participants are busy in that slot.
"""

from __future__ import annotations

from collections import defaultdict

from convoy.planning.constraints.rule import Rule
from convoy.planning.model import Built, Lit


def add(b: Built) -> None:
    mine: dict[str, list[Lit]] = defaultdict(list)
    for (w, _d, _s), v in b.busy.items():
        mine[w].append(v)
    for who, items in b.attend.items():
        if b.grid.capacity(who) != 1:
            continue
        busy = mine[who]
        b.model.add(sum(busy) == sum(a.lit * a.duration for a in items))
    tables = {v.id: v.tables for v in b.problem.venues}
    pairs_only: dict[tuple[str, int], bool] = defaultdict(lambda: True)
    venues: dict[tuple[str, int], set[str]] = defaultdict(set)
    sizes = {m.id: len(m.participants) for m in b.problem.meetings}
    for items in b.attend.values():
        for a in items:
            ok = a.kind == "meeting" and sizes.get(a.activity) == 2 and tables.get(a.venue or "") is not None
            for s in range(a.start, a.start + a.duration):
                pairs_only[(a.day, s)] &= ok
                if a.venue is not None:
                    venues[(a.day, s)].add(a.venue)
    by_slot: dict[tuple[str, int], list[Lit]] = defaultdict(list)
    for (_who, day, slot), v in b.busy.items():
        by_slot[(day, slot)].append(v)
    for key, lits in by_slot.items():
        if pairs_only[key]:
            limit = 2 * sum(tables[v] or 0 for v in venues[key])
            if len(lits) > limit:
                b.model.add(sum(lits) <= limit)


RULE = Rule("implied", 0, "", "restricciones implicadas", "implied constraints", add)
