"""iCalendar feeds per delegation, counterpart or person that update instead of duplicating.

Each event's UID comes from the placed object (``Activity.key``: mission + activity or
meeting), never from the agenda version; SEQUENCE counts the versions in which what the
audience sees of the event changed; an event gone from the latest version stays in the
feed with STATUS:CANCELLED so calendars remove it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from icalendar import Calendar, Event, Timezone

from convoy.documents.audience import Audience, activities_for, attendees_shown
from convoy.documents.data import Activity, Programme
from convoy.documents.times import mexico_city_span
from convoy.documents.words import kind_label, render, role_label, say

PRODID = "-//Convoy//Agendas de misiones//ES"
UID_DOMAIN = "convoy"


@dataclass(frozen=True)
class Entry:
    """One event of the feed as of the latest version that showed it."""

    activity: Activity
    content: tuple[tuple[str, str], ...]
    sequence: int
    modified: dt.datetime
    cancelled: bool = False


def event_uid(*, activity: Activity) -> str:
    return f"{activity.key}@{UID_DOMAIN}"


def track_entries(*, versions: Sequence[Programme], audience: Audience, language: str) -> tuple[Entry, ...]:
    """Walk the versions (oldest first) and keep each event's sequence and whether it survives."""
    entries: dict[str, Entry] = {}
    for number, programme in enumerate(versions):
        present = {a.key: a for a in activities_for(programme=programme, audience=audience)}
        for key, activity in present.items():
            content = describe(programme=programme, activity=activity, audience=audience, language=language)
            before = entries.get(key)
            if before is None:
                entries[key] = Entry(activity, content, 0, programme.issued)
            elif before.cancelled or before.content != content:
                entries[key] = Entry(activity, content, before.sequence + 1, programme.issued)
        for key, before in list(entries.items()):
            if key not in present and not before.cancelled and number > 0:
                entries[key] = Entry(before.activity, before.content, before.sequence + 1, programme.issued, True)
    return tuple(sorted(entries.values(), key=lambda e: (e.activity.start, e.activity.key)))


def describe(
    *, programme: Programme, activity: Activity, audience: Audience, language: str
) -> tuple[tuple[str, str], ...]:
    """What the event says: the properties compared between versions."""
    where = ", ".join(x for x in (activity.venue.name, activity.venue.address) if x) if activity.venue else ""
    lines = [
        kind_label(activity.kind, language=language),
        f"{say('cdmx', language=language)}: {mexico_city_span(start=activity.start, end=activity.end)}",
    ]
    names = [programme.party(k) for k in _partners(activity=activity, audience=audience)]
    if names:
        lines.append(", ".join(p.name for p in names if p is not None))
    people = attendees_shown(programme=programme, activity=activity, audience=audience)
    if people:
        attending = ", ".join(f"{p.name} ({role_label(p.role, language=language)})" for p in people)
        lines.append(f"{say('attendees', language=language)}: {attending}")
    if activity.why:
        lines.append(f"{say('why', language=language)}: {activity.why.text}")
    if activity.explanation:
        lines.append(f"{say('match', language=language)}: {render(text=activity.explanation, language=language)}")
    return (
        ("summary", activity.title.text),
        ("start", activity.start.isoformat()),
        ("end", activity.end.isoformat()),
        ("zone", str(activity.start.tzinfo)),
        ("location", where),
        ("description", "\n".join(lines)),
    )


def _partners(*, activity: Activity, audience: Audience) -> tuple[str, ...]:
    """Counterparts for a delegation or person, delegations for a counterpart, both for the organizer."""
    if audience.kind == "counterpart":
        return tuple(k for k in activity.delegations)
    if audience.kind == "mission":
        return (*activity.counterparts, *activity.delegations)
    return activity.counterparts


def calendar_feed(*, versions: Sequence[Programme], audience: Audience, name: str, language: str = "es") -> bytes:
    """The feed for ``audience`` as of the last version, with every zone it uses."""
    latest = versions[-1]
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    entries = track_entries(versions=versions, audience=audience, language=language)
    zones = sorted({str(e.activity.start.tzinfo) for e in entries} | {str(e.activity.end.tzinfo) for e in entries})
    first = latest.start_date - dt.timedelta(days=366)
    last = latest.end_date + dt.timedelta(days=366)
    for zone in zones:
        calendar.add_component(Timezone.from_tzid(zone, first_date=first, last_date=last))
    for entry in entries:
        calendar.add_component(_event(entry=entry, stamp=latest.issued))
    return bytes(calendar.to_ical())


def _event(*, entry: Entry, stamp: dt.datetime) -> Event:
    content = dict(entry.content)
    event = Event()
    event.add("uid", event_uid(activity=entry.activity))
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    event.add("last-modified", entry.modified.astimezone(dt.UTC))
    event.add("sequence", entry.sequence)
    event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
    event.add("summary", content["summary"])
    event.add("dtstart", entry.activity.start)
    event.add("dtend", entry.activity.end)
    if content["location"]:
        event.add("location", content["location"])
    event.add("description", content["description"])
    event.add("categories", [entry.activity.kind])
    return event
