"""The time and place part of a planning problem: legs, days, venues, travel.

Each day of a leg gets the leg's window cut into slots of ``slot_minutes``; the morning
session ends where the afternoon starts (``afternoon_start``); breaks and closed slots of
that day become blocked slots.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from convoy.agenda.models import ClosedSlot
from convoy.agenda.services import grid, ids
from convoy.missions.models import Leg, TravelTime, Venue
from convoy.planning import problem as p


@dataclass(frozen=True)
class Clock:
    """How one leg's local times map to its slots."""

    leg_code: str
    day_start: dt.time
    slot_minutes: int
    slots: int
    dates: tuple[dt.date, ...]

    def day(self, date: dt.date) -> str | None:
        """The problem id of ``date`` in this leg (None when the leg has no such day)."""
        return ids.day_id(leg_code=self.leg_code, date=date) if date in self.dates else None

    def time_of(self, slot: int) -> dt.time:
        return grid.slot_start(day_start=self.day_start, slot_minutes=self.slot_minutes, slot=slot)


def clock_of(*, leg: Leg) -> Clock:
    return Clock(
        leg_code=leg.code,
        day_start=leg.day_start,
        slot_minutes=leg.slot_minutes,
        slots=grid.slot_count(day_start=leg.day_start, day_end=leg.day_end, slot_minutes=leg.slot_minutes),
        dates=tuple(leg.days()),
    )


def _sessions(*, leg: Leg, slots: int) -> tuple[p.Session, ...]:
    split = grid.afternoon_slot(
        day_start=leg.day_start, afternoon_start=leg.afternoon_start, slot_minutes=leg.slot_minutes, slots=slots
    )
    named = (p.Session(name="morning", start=0, end=split), p.Session(name="afternoon", start=split, end=slots))
    return tuple(s for s in named if s.end > s.start)


def build_leg(*, leg: Leg, closed: dict[dt.date, list[dt.time]]) -> p.Leg:
    """A leg with one day per date; ``closed`` lists the start times of closed slots per date."""
    clock = clock_of(leg=leg)
    sessions = _sessions(leg=leg, slots=clock.slots)
    daily = [(b.start, b.end) for b in leg.breaks.all()]
    days = []
    for date in clock.dates:
        length = dt.timedelta(minutes=leg.slot_minutes)
        shut = [(t, (dt.datetime.combine(date, t) + length).time()) for t in closed.get(date, [])]
        days.append(
            p.Day(
                id=ids.day_id(leg_code=leg.code, date=date),
                date=date.isoformat(),
                slots=clock.slots,
                slot_minutes=leg.slot_minutes,
                start_time=leg.day_start.strftime("%H:%M"),
                sessions=sessions,
                breaks=grid.blocked_slots(
                    day_start=leg.day_start, slot_minutes=leg.slot_minutes, slots=clock.slots, spans=daily + shut
                ),
            )
        )
    return p.Leg(id=ids.leg_id(code=leg.code), name=leg.city, days=tuple(days))


def closed_slots(*, legs: list[Leg]) -> dict[str, dict[dt.date, list[dt.time]]]:
    """Closed slot start times by leg code and date."""
    out: dict[str, dict[dt.date, list[dt.time]]] = defaultdict(lambda: defaultdict(list))
    for slot in ClosedSlot.objects.filter(leg__in=legs).select_related("leg"):
        out[slot.leg.code][slot.date].append(slot.start)
    return out


def build_venues(*, legs: list[Leg]) -> tuple[tuple[p.Venue, ...], tuple[p.Travel, ...]]:
    venues = Venue.objects.filter(leg__in=legs).select_related("leg").order_by("leg__order", "code")
    travel = TravelTime.objects.filter(origin__leg__in=legs).select_related("origin__leg", "destination__leg")
    return (
        tuple(
            p.Venue(
                id=ids.venue_id(leg_code=v.leg.code, code=v.code),
                name=v.name,
                leg=ids.leg_id(code=v.leg.code),
                tables=v.rooms,
            )
            for v in venues
        ),
        tuple(
            p.Travel(
                origin=ids.venue_id(leg_code=t.origin.leg.code, code=t.origin.code),
                destination=ids.venue_id(leg_code=t.destination.leg.code, code=t.destination.code),
                minutes=t.minutes,
            )
            for t in travel.order_by("origin__code", "destination__code")
        ),
    )
