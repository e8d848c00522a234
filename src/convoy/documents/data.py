"""The plain data every document is rendered from: one mission programme, no database.

A :class:`Programme` is one published (or draft) agenda version of a mission, already
resolved into names, venues, people and local times. ``convoy.documents.collect`` builds it
from stored data; tests build it by hand. Times are aware datetimes in the leg's zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

Side = Literal["delegation", "counterpart", "organizer"]
Language = Literal["es", "en"]
LANGUAGES: tuple[Language, ...] = ("es", "en")


@dataclass(frozen=True)
class Text:
    """A sentence in both languages (labels, explanations made by the software)."""

    es: str
    en: str

    def text(self, language: str) -> str:
        return self.es if language == "es" else self.en


@dataclass(frozen=True)
class Written:
    """Text a person wrote, in the language they wrote it (``es``, ``en`` or ``ja``)."""

    text: str
    language: str = "es"


@dataclass(frozen=True)
class Person:
    """Someone who travels, hosts or organizes; ``key`` is stable across versions."""

    key: str
    name: str
    organization: str
    role: str = "other"
    position: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Party:
    """An organization taking part: a delegation, a counterpart or the organizer.

    ``tracks`` is how many activities it can attend at once (a delegation's parallel
    tracks, a counterpart's capacity); ``confirmation`` is a counterpart's.
    """

    key: str
    name: str
    side: Side
    kind: str = ""
    profile: Written | None = None
    people: tuple[Person, ...] = ()
    legs: tuple[str, ...] = ()
    confirmation: str = ""
    tracks: int = 1


@dataclass(frozen=True)
class Venue:
    key: str
    name: str
    address: str = ""


@dataclass(frozen=True)
class TravelTime:
    """Minutes from one venue to another (both keys of the same leg)."""

    origin: str
    destination: str
    minutes: int


@dataclass(frozen=True)
class Pause:
    """A daily pause of a leg (lunch, coffee), in local time: nobody's idle time."""

    name: str
    start: dt.time
    end: dt.time


@dataclass(frozen=True)
class Leg:
    """One city of the itinerary; its days run from ``start_date`` to ``end_date``.

    ``pauses`` repeat on every day of the leg.
    """

    code: str
    city: str
    country: str
    time_zone: str
    start_date: dt.date
    end_date: dt.date
    venues: tuple[Venue, ...] = ()
    travel: tuple[TravelTime, ...] = ()
    pauses: tuple[Pause, ...] = ()

    def days(self) -> tuple[dt.date, ...]:
        count = (self.end_date - self.start_date).days + 1
        return tuple(self.start_date + dt.timedelta(days=i) for i in range(count))


@dataclass(frozen=True)
class Activity:
    """One placed item of the agenda.

    ``key`` identifies the placed object (an activity code, or the meeting between a
    delegation and a counterpart), never the version, so calendars can update it.
    ``everyone`` marks an activity open to every delegation of the leg (a plenary).
    ``attendees`` are person keys; ``why`` is the request's reason as written and
    ``explanation`` the matchmaker's, when there is one.
    """

    key: str
    kind: str
    title: Written
    leg: str
    start: dt.datetime
    end: dt.datetime
    venue: Venue | None = None
    delegations: tuple[str, ...] = ()
    counterparts: tuple[str, ...] = ()
    everyone: bool = False
    attendees: tuple[str, ...] = ()
    why: Written | None = None
    explanation: Text | None = None
    description: Written | None = None


@dataclass(frozen=True)
class Programme:
    """A mission's agenda version, ready to print: legs in order, activities, who is who."""

    mission: str
    title: Written
    organizer: Party
    start_date: dt.date
    end_date: dt.date
    legs: tuple[Leg, ...]
    parties: tuple[Party, ...]
    activities: tuple[Activity, ...]
    version: int
    issued: dt.datetime
    status: str = "published"

    def party(self, key: str) -> Party | None:
        """The delegation or counterpart with this key, else the organizer (who may also travel)."""
        found = next((p for p in self.parties if p.key == key), None)
        return found if found is not None or key != self.organizer.key else self.organizer

    def leg(self, code: str) -> Leg:
        return next(leg for leg in self.legs if leg.code == code)

    @cached_property
    def people(self) -> dict[str, Person]:
        """Every person of the programme by key (computed once)."""
        everyone = (self.organizer, *self.parties)
        return {person.key: person for party in everyone for person in party.people}
