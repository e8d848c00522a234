"""Hard: a one-track participant moving between venues has the travel time free.

Activities at venue u ending at slot t and at venue v starting within the next
ceil(minutes / slot_minutes) slots exclude each other.
"""

from __future__ import annotations

from collections import defaultdict

from convoy.planning.constraints.rule import Rule
from convoy.planning.model import Attendance, Built


def add(b: Built) -> None:
    for who, _items in b.attend.items():
        if b.grid.capacity(who) != 1:
            continue
        for day, mine in b.by_day(who).items():
            venues = {a.venue for a in mine if a.venue is not None}
            if len(venues) < 2:
                continue
            ends: dict[tuple[str, int], list[Attendance]] = defaultdict(list)
            starts: dict[tuple[str, int], list[Attendance]] = defaultdict(list)
            for a in mine:
                if a.venue is not None:
                    ends[(a.venue, a.start + a.duration)].append(a)
                    starts[(a.venue, a.start)].append(a)
            for (u, end), before in ends.items():
                for v in venues - {u}:
                    need = b.grid.travel_slots(day, u, v)
                    after = [a for t in range(end, end + need) for a in starts.get((v, t), [])]
                    for x in before:
                        for y in after:
                            if not (isinstance(x.lit, int) and isinstance(y.lit, int)):
                                b.model.add(x.lit + y.lit <= 1)


RULE = Rule("travel", 0, "", "tiempo de traslado entre sedes", "travel time between venues", add)
