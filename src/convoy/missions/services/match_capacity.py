"""How many candidate meetings a counterpart can take, from its time and capacity.

`Counterpart.capacity` counts simultaneous meetings; the matchmaker needs a total. A
counterpart cannot hold more meetings than slots it is available (its windows inside the
leg's days, or every slot of the leg's days less the breaks when it gave none) times its
simultaneous capacity, nor more than ``max_meetings_per_day`` on each of those days.
"""

from __future__ import annotations

import datetime as dt

from convoy.missions.models import Counterpart, Leg


def minutes_between(start: dt.time, end: dt.time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def slots_in(*, start: dt.time, end: dt.time, slot_minutes: int) -> int:
    return max(0, minutes_between(start, end) // slot_minutes)


def daily_slots(*, leg: Leg) -> int:
    """Slots of one day of the leg, breaks excluded."""
    total = slots_in(start=leg.day_start, end=leg.day_end, slot_minutes=leg.slot_minutes)
    closed = sum(slots_in(start=b.start, end=b.end, slot_minutes=leg.slot_minutes) for b in leg.breaks.all())
    return max(0, total - closed)


def available_slots(*, counterpart: Counterpart) -> tuple[int, int]:
    """(slots available, days with some availability) over the counterpart's leg."""
    leg = counterpart.leg
    days = set(leg.days())
    windows = [w for w in counterpart.availability.all() if w.date in days]
    if not windows and not counterpart.availability.all():
        return daily_slots(leg=leg) * len(days), len(days)
    slots = sum(slots_in(start=w.start, end=w.end, slot_minutes=leg.slot_minutes) for w in windows)
    return slots, len({w.date for w in windows})


def meeting_capacity(*, counterpart: Counterpart, cap: int) -> int:
    """Candidate meetings the counterpart can take, at most `cap` (the allocation policy's)."""
    slots, days = available_slots(counterpart=counterpart)
    total = slots * counterpart.capacity
    if counterpart.max_meetings_per_day is not None:
        total = min(total, counterpart.max_meetings_per_day * days)
    return min(cap, total)
