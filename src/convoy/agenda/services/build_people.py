"""The participants of a planning problem: delegations and counterparts.

Priorities become weights (normal 1, high 2, must 3); a counterpart's availability
windows become the slots wholly inside them; a counterpart that gave windows but none
inside its leg's days is forbidden every slot of its leg rather than taken as always free.
Counterparts that declined are left out (with their meetings).
"""

from __future__ import annotations

from convoy.agenda.services import grid, ids
from convoy.agenda.services.build_time import Clock
from convoy.missions.models import Counterpart, Delegation
from convoy.missions.models.choices import Confirmation, Priority
from convoy.planning import problem as p

PRIORITY_WEIGHT = {Priority.NORMAL: 1, Priority.HIGH: 2, Priority.MUST: 3}


def weight_of(priority: str) -> int:
    return PRIORITY_WEIGHT.get(Priority(priority), 1)


def build_delegation(*, delegation: Delegation) -> p.Delegation:
    legs = sorted(delegation.legs.all(), key=lambda leg: (leg.order, leg.start_date))
    return p.Delegation(
        id=ids.delegation_id(org_key=delegation.organization.key),
        name=delegation.organization.name,
        tracks=delegation.parallel_tracks,
        legs=tuple(ids.leg_id(code=leg.code) for leg in legs),
        priority=weight_of(delegation.priority),
        size=max(1, delegation.members.count()),
    )


def _windows(*, counterpart: Counterpart, clock: Clock) -> tuple[p.Window, ...]:
    out = []
    for w in counterpart.availability.all():
        day = clock.day(w.date)
        if day is None:
            continue
        first, last = grid.window_slots(
            day_start=clock.day_start, slot_minutes=clock.slot_minutes, slots=clock.slots, start=w.start, end=w.end
        )
        if last > first:
            out.append(p.Window(day=day, start=first, end=last))
    return tuple(out)


def _every_slot(*, clock: Clock) -> tuple[p.SlotRef, ...]:
    return tuple(
        p.SlotRef(day=ids.day_id(leg_code=clock.leg_code, date=d), slot=s)
        for d in clock.dates
        for s in range(clock.slots)
    )


def build_counterpart(*, counterpart: Counterpart, clock: Clock) -> p.Counterpart:
    windows = _windows(counterpart=counterpart, clock=clock)
    never = not windows and counterpart.availability.exists()
    venue = counterpart.venue
    return p.Counterpart(
        id=ids.counterpart_id(leg_code=counterpart.leg.code, org_key=counterpart.organization.key),
        name=counterpart.organization.name,
        leg=ids.leg_id(code=counterpart.leg.code),
        capacity=counterpart.capacity,
        availability=windows,
        forbidden=_every_slot(clock=clock) if never else (),
        max_per_day=counterpart.max_meetings_per_day,
        venue=ids.venue_id(leg_code=venue.leg.code, code=venue.code) if venue is not None else None,
    )


def takes_part(*, counterpart: Counterpart) -> bool:
    """Counterparts that declined get no meetings and host nothing."""
    return counterpart.confirmation != Confirmation.DECLINED
