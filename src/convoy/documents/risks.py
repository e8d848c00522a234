"""What an organizer watches on a day: idle gaps and risks (tight travel, double booking…)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from convoy.documents.audience import Audience, attends
from convoy.documents.data import Activity, Leg, Party, Pause, Programme, Text
from convoy.documents.itinerary import hops_of
from convoy.documents.times import clock, duration_text, minutes_between

GAP_MINUTES = 60
UNCONFIRMED = ("pending", "tentative")


@dataclass(frozen=True)
class Gap:
    party: str
    start: str
    end: str
    minutes: int


@dataclass(frozen=True)
class Risk:
    code: str
    party: str
    activity: str
    message: Text


def gaps_of(*, party: Party, activities: tuple[Activity, ...], pauses: tuple[Pause, ...] = ()) -> tuple[Gap, ...]:
    """Idle stretches between a participant's activities of one day with an hour or more
    outside the day's ``pauses`` (lunch, coffee: nobody's idle time). A gap keeps the clock
    times of the whole stretch; its minutes are those outside pauses."""
    ordered = sorted(activities, key=lambda a: (a.start, a.end))
    gaps, busy_until = [], None
    for activity in ordered:
        if busy_until is not None and busy_until < activity.start:
            minutes = _idle_minutes(start=busy_until, end=activity.start, pauses=pauses)
            if minutes >= GAP_MINUTES:
                gaps.append(Gap(party.key, clock(moment=busy_until), clock(moment=activity.start), minutes))
        busy_until = activity.end if busy_until is None else max(busy_until, activity.end)
    return tuple(gaps)


def _idle_minutes(*, start: dt.datetime, end: dt.datetime, pauses: tuple[Pause, ...]) -> int:
    """Minutes from ``start`` to ``end`` outside the pauses (which repeat every day, in the
    stretch's own zone); overlapping pauses count once."""
    spans = sorted(
        _on(day=day, pause=pause, zone=start.tzinfo) for day in _dates(start=start, end=end) for pause in pauses
    )
    idle, cursor = minutes_between(start=start, end=end), start
    for begins, ends in spans:
        paused_from, paused_to = max(begins, cursor), min(ends, end)
        if paused_from < paused_to:
            idle -= minutes_between(start=paused_from, end=paused_to)
            cursor = paused_to
    return idle


def _dates(*, start: dt.datetime, end: dt.datetime) -> tuple[dt.date, ...]:
    return tuple(start.date() + dt.timedelta(days=i) for i in range((end.date() - start.date()).days + 1))


def _on(*, day: dt.date, pause: Pause, zone: dt.tzinfo | None) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(day, pause.start, tzinfo=zone), dt.datetime.combine(day, pause.end, tzinfo=zone)


def day_risks(*, programme: Programme, leg: Leg, activities: tuple[Activity, ...]) -> tuple[Risk, ...]:
    """Risks of one day of a leg: each participant's travel and overbooking, unconfirmed
    counterparts, venues without address; in time order."""
    found: list[Risk] = []
    for party, mine in day_schedules(programme=programme, activities=activities):
        found += _travel_risks(leg=leg, party=party, activities=mine)
        found += _overbooking(party=party, activities=mine)
        if party.side == "counterpart" and party.confirmation in UNCONFIRMED:
            found += [_unconfirmed(party=party, activity=a) for a in mine]
    found += [_no_address(activity=a) for a in activities if a.venue is None or not a.venue.address]
    order = {a.key: (a.start, a.key) for a in activities}
    return tuple(sorted(found, key=lambda r: (order[r.activity], r.code, r.party)))


def day_gaps(*, programme: Programme, activities: tuple[Activity, ...]) -> tuple[Gap, ...]:
    """Every delegation's idle stretches of the day, not counting the pauses of the
    activities' legs."""
    codes = dict.fromkeys(a.leg for a in activities)
    pauses = tuple(dict.fromkeys(p for leg in programme.legs if leg.code in codes for p in leg.pauses))
    return tuple(
        gap
        for party, mine in day_schedules(programme=programme, activities=activities)
        if party.side == "delegation"
        for gap in gaps_of(party=party, activities=mine, pauses=pauses)
    )


def day_schedules(
    *, programme: Programme, activities: tuple[Activity, ...]
) -> tuple[tuple[Party, tuple[Activity, ...]], ...]:
    """Each participant with activities that day (delegations first, then counterparts) and those activities."""
    keys = dict.fromkeys(k for a in activities for k in (*a.delegations, *a.counterparts))
    parties = [p for p in programme.parties if p.key in keys]
    if any(a.everyone for a in activities):
        parties = [p for p in programme.parties if p.key in keys or p.side == "delegation"]
    result = []
    for party in sorted(parties, key=lambda p: (p.side != "delegation", p.name)):
        audience = Audience(kind=party.side if party.side != "organizer" else "mission", key=party.key)
        mine = tuple(a for a in activities if attends(programme=programme, activity=a, audience=audience))
        if mine:
            result.append((party, mine))
    return tuple(result)


def _travel_risks(*, leg: Leg, party: Party, activities: tuple[Activity, ...]) -> list[Risk]:
    risks = []
    for hop in hops_of(leg=leg, activities=activities):
        route = f"{hop.origin.name} → {hop.destination.name}"
        if hop.minutes is None:
            risks.append(
                Risk(
                    "travel_unknown",
                    party.key,
                    hop.after,
                    Text(
                        f"{party.name}: tiempo de traslado desconocido ({route}); hay {hop.spare} min.",
                        f"{party.name}: unknown travel time ({route}); {hop.spare} min available.",
                    ),
                )
            )
        elif hop.tight:
            risks.append(
                Risk(
                    "tight_travel",
                    party.key,
                    hop.after,
                    Text(
                        f"{party.name}: traslado justo ({route}): {hop.minutes} min de camino, {hop.spare} libres.",
                        f"{party.name}: tight travel ({route}): {hop.minutes} min on the road, {hop.spare} free.",
                    ),
                )
            )
    return risks


def _overbooking(*, party: Party, activities: tuple[Activity, ...]) -> list[Risk]:
    risks = []
    for activity in activities:
        overlapping = [a for a in activities if a.start < activity.end and activity.start < a.end]
        if len(overlapping) > party.tracks and activity is min(overlapping, key=lambda a: (a.start, a.key)):
            risks.append(
                Risk(
                    "double_booking",
                    party.key,
                    activity.key,
                    Text(
                        f"{party.name}: {len(overlapping)} actividades a la vez desde {clock(moment=activity.start)}.",
                        f"{party.name}: {len(overlapping)} activities at once from {clock(moment=activity.start)}.",
                    ),
                )
            )
    return risks


def _unconfirmed(*, party: Party, activity: Activity) -> Risk:
    state = {"pending": ("pendiente", "pending"), "tentative": ("tentativa", "tentative")}[party.confirmation]
    when = clock(moment=activity.start)
    return Risk(
        "unconfirmed",
        party.key,
        activity.key,
        Text(
            f"{party.name}: confirmación {state[0]} para las {when}.",
            f"{party.name}: confirmation {state[1]} for {when}.",
        ),
    )


def _no_address(*, activity: Activity) -> Risk:
    length = duration_text(minutes=minutes_between(start=activity.start, end=activity.end))
    where = activity.venue.name if activity.venue else "?"
    return Risk(
        "no_address",
        "",
        activity.key,
        Text(
            f"{clock(moment=activity.start)} ({length}): {where} sin dirección.",
            f"{clock(moment=activity.start)} ({length}): {where} has no address.",
        ),
    )
