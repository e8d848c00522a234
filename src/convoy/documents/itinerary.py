"""An audience's activities laid out by leg and day, with the travel between venues and cities."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import pairwise

from convoy.documents.data import Activity, Leg, Programme, Venue
from convoy.documents.times import minutes_between


@dataclass(frozen=True)
class Hop:
    """Going from one venue to the next between two activities of a day."""

    after: str
    origin: Venue
    destination: Venue
    minutes: int | None
    spare: int

    @property
    def tight(self) -> bool:
        """Less time between the activities than the trip takes."""
        return self.minutes is not None and self.spare < self.minutes


@dataclass(frozen=True)
class Day:
    date: dt.date
    activities: tuple[Activity, ...]
    hops: tuple[Hop, ...] = ()

    def hop_after(self, key: str) -> Hop | None:
        return next((h for h in self.hops if h.after == key), None)


@dataclass(frozen=True)
class CityChange:
    """Moving from one leg's city to the next: last activity there, first one here."""

    origin: Leg
    destination: Leg
    leaving: dt.datetime | None
    arriving: dt.datetime | None


@dataclass(frozen=True)
class LegPlan:
    leg: Leg
    days: tuple[Day, ...]
    arrival: CityChange | None = None


def lay_out(*, programme: Programme, activities: tuple[Activity, ...]) -> tuple[LegPlan, ...]:
    """Legs in itinerary order (only those with activities), every day of each, with hops."""
    plans: list[LegPlan] = []
    previous: tuple[Leg, tuple[Activity, ...]] | None = None
    for leg in programme.legs:
        mine = tuple(a for a in activities if a.leg == leg.code)
        if not mine:
            continue
        days = tuple(_day(leg=leg, day=day, activities=mine) for day in leg.days())
        arrival = None
        if previous is not None:
            arrival = CityChange(
                origin=previous[0],
                destination=leg,
                leaving=max(a.end for a in previous[1]),
                arriving=min(a.start for a in mine),
            )
        plans.append(LegPlan(leg=leg, days=days, arrival=arrival))
        previous = (leg, mine)
    return tuple(plans)


def travel_minutes(*, leg: Leg, origin: str, destination: str) -> int | None:
    """Minutes between two venues of a leg, as listed in either direction (None: unknown)."""
    for travel in leg.travel:
        if (travel.origin, travel.destination) == (origin, destination):
            return travel.minutes
    for travel in leg.travel:
        if (travel.origin, travel.destination) == (destination, origin):
            return travel.minutes
    return None


def hops_of(*, leg: Leg, activities: tuple[Activity, ...]) -> tuple[Hop, ...]:
    """Venue changes between consecutive, non-overlapping activities (in time order)."""
    ordered = sorted(activities, key=lambda a: (a.start, a.end, a.key))
    hops = []
    for before, after in pairwise(ordered):
        if before.venue is None or after.venue is None or before.venue.key == after.venue.key:
            continue
        if after.start < before.end:
            continue
        minutes = travel_minutes(leg=leg, origin=before.venue.key, destination=after.venue.key)
        spare = minutes_between(start=before.end, end=after.start)
        hops.append(Hop(after=before.key, origin=before.venue, destination=after.venue, minutes=minutes, spare=spare))
    return tuple(hops)


def _day(*, leg: Leg, day: dt.date, activities: tuple[Activity, ...]) -> Day:
    today = tuple(sorted((a for a in activities if a.start.date() == day), key=lambda a: (a.start, a.end, a.key)))
    return Day(date=day, activities=today, hops=hops_of(leg=leg, activities=today))
