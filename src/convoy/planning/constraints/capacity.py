"""Hard: a participant attends at most ``tracks`` (delegation) or ``capacity``
(counterpart) activities at once, fixed activities included.  Defines ``busy``."""

from __future__ import annotations

from collections import defaultdict

from convoy.planning.constraints.rule import Rule
from convoy.planning.model import Attendance, Built


def add(b: Built) -> None:
    for who, items in b.attend.items():
        cap = b.grid.capacity(who)
        covering: dict[tuple[str, int], list[Attendance]] = defaultdict(list)
        for a in items:
            for s in range(a.start, a.start + a.duration):
                covering[(a.day, s)].append(a)
        for (day, slot), here in covering.items():
            lits = [a.lit for a in here]
            fixed = sum(1 for lit in lits if isinstance(lit, int))
            if all(isinstance(lit, int) for lit in lits):
                b.busy[(who, day, slot)] = 1
                continue
            busy = b.model.new_bool_var(f"busy[{who},{day},{slot}]")
            if cap == 1 and fixed == 0:
                b.model.add(sum(lits) == busy)
            else:
                b.model.add(sum(lits) <= cap)
                if fixed:
                    b.model.add(busy == 1)
                else:
                    for lit in lits:
                        b.model.add_implication(lit, busy)
                    b.model.add(sum(lits) >= busy)
            b.busy[(who, day, slot)] = busy


RULE = Rule("capacity", 0, "", "capacidad y carriles", "capacity and tracks", add)
