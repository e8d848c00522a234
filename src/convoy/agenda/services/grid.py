"""Time arithmetic of a leg's daily grid: slots, sessions, breaks, windows and spans.

Times are local to the leg.  Slot ``s`` covers ``[day_start + s·L, day_start + (s+1)·L)``
for slot length ``L`` minutes; a day has as many whole slots as fit before ``day_end``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable


def minutes_of(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def time_of(minutes: int) -> dt.time:
    """The time ``minutes`` after midnight (24:00 and later are clamped to 23:59)."""
    minutes = min(minutes, 24 * 60 - 1)
    return dt.time(minutes // 60, minutes % 60)


def slot_count(*, day_start: dt.time, day_end: dt.time, slot_minutes: int) -> int:
    return max(0, (minutes_of(day_end) - minutes_of(day_start)) // slot_minutes)


def slot_start(*, day_start: dt.time, slot_minutes: int, slot: int) -> dt.time:
    return time_of(minutes_of(day_start) + slot * slot_minutes)


def afternoon_slot(*, day_start: dt.time, afternoon_start: dt.time, slot_minutes: int, slots: int) -> int:
    """First slot of the afternoon session: the first slot starting at or after ``afternoon_start``."""
    offset = minutes_of(afternoon_start) - minutes_of(day_start)
    return min(slots, max(0, math.ceil(offset / slot_minutes)))


def blocked_slots(
    *, day_start: dt.time, slot_minutes: int, slots: int, spans: Iterable[tuple[dt.time, dt.time]]
) -> tuple[int, ...]:
    """Slots that overlap any of the ``(start, end)`` spans (breaks, closed slots)."""
    base = minutes_of(day_start)
    blocked: set[int] = set()
    for start, end in spans:
        a, b = minutes_of(start) - base, minutes_of(end) - base
        blocked.update(s for s in range(slots) if s * slot_minutes < b and a < (s + 1) * slot_minutes)
    return tuple(sorted(blocked))


def window_slots(*, day_start: dt.time, slot_minutes: int, slots: int, start: dt.time, end: dt.time) -> tuple[int, int]:
    """Slots ``[first, last)`` lying wholly inside the window (first == last: none)."""
    base = minutes_of(day_start)
    first = max(0, math.ceil((minutes_of(start) - base) / slot_minutes))
    last = min(slots, (minutes_of(end) - base) // slot_minutes)
    return first, max(first, last)


def span_slots(
    *, day_start: dt.time, slot_minutes: int, slots: int, start: dt.time, minutes: int
) -> tuple[int, int] | None:
    """Slots ``(first, count)`` an activity touches, clipped to the day (None: outside it)."""
    base = minutes_of(day_start)
    a = minutes_of(start) - base
    b = a + minutes
    first = max(0, a // slot_minutes)
    last = min(slots, math.ceil(b / slot_minutes))
    if last <= first:
        return None
    return first, last - first


def slots_for(*, minutes: int, slot_minutes: int) -> int:
    """Slots a meeting of ``minutes`` needs: ceil(minutes / slot), at least one."""
    return max(1, math.ceil(minutes / slot_minutes))
