"""Hard: at most ``tables`` meetings at a venue in any slot (rooms, B2B tables)."""

from __future__ import annotations

from collections import defaultdict

from convoy.planning.constraints.rule import Rule
from convoy.planning.model import Built, Lit


def meetings_per_slot(b: Built) -> dict[tuple[str, str, int], list[Lit]]:
    """Meeting literals by (venue, day, slot)."""
    out: dict[tuple[str, str, int], list[Lit]] = defaultdict(list)
    seen: set[tuple[str, str, int]] = set()
    for items in b.attend.values():
        for a in items:
            if a.kind != "meeting" or a.venue is None or (a.activity, a.day, a.start) in seen:
                continue
            seen.add((a.activity, a.day, a.start))
            for s in range(a.start, a.start + a.duration):
                out[(a.venue, a.day, s)].append(a.lit)
    return out


def add(b: Built) -> None:
    limits = {v.id: v.tables for v in b.problem.venues}
    for (venue, _day, _slot), lits in meetings_per_slot(b).items():
        limit = limits.get(venue)
        if limit is not None and len(lits) > limit:
            b.model.add(sum(lits) <= limit)


RULE = Rule("tables", 0, "", "mesas y salas por sede", "tables and rooms per venue", add)
