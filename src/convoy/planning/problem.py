"""The planning problem: time grid, venues, participants, activities.

See docs/reference/problem-schema.md.

Slots are 0-based within a day; an activity of duration k starting at slot s covers slots
s..s+k-1, all of which must lie in one session of the day and none in its breaks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SCHEMA_VERSION = 1

SessionName = str
Restriction = Literal["any", "morning", "afternoon"]


@dataclass(frozen=True)
class Session:
    """A named run of slots in a day, e.g. morning = slots [0, 8)."""

    name: SessionName
    start: int
    end: int


@dataclass(frozen=True)
class Day:
    """One day of a leg: ``slots`` slots of ``slot_minutes`` from ``start_time`` (HH:MM).

    ``breaks`` are the day's pauses (lunch): no meeting there, and nobody's idle time (the
    slots on either side of a pause count as adjacent when gaps are counted)."""

    id: str
    date: str
    slots: int
    slot_minutes: int = 30
    start_time: str = "09:00"
    sessions: tuple[Session, ...] = ()
    breaks: tuple[int, ...] = ()


@dataclass(frozen=True)
class Leg:
    """One city of the itinerary with its days (in time order)."""

    id: str
    name: str
    days: tuple[Day, ...]


@dataclass(frozen=True)
class Venue:
    """A place in a leg; ``tables`` limits simultaneous meetings there (None: no limit)."""

    id: str
    name: str
    leg: str
    tables: int | None = None


@dataclass(frozen=True)
class Travel:
    """Minutes needed to go from one venue to another (both directions unless listed)."""

    origin: str
    destination: str
    minutes: int


@dataclass(frozen=True)
class SlotRef:
    """A slot of a given day."""

    day: str
    slot: int


@dataclass(frozen=True)
class Window:
    """Slots [start, end) of a day."""

    day: str
    start: int
    end: int


@dataclass(frozen=True)
class Delegation:
    """An organization travelling with the mission; ``tracks`` = parallel activities."""

    id: str
    name: str
    tracks: int = 1
    legs: tuple[str, ...] = ()
    availability: tuple[Window, ...] = ()
    forbidden: tuple[SlotRef, ...] = ()
    priority: int = 1
    size: int = 1


@dataclass(frozen=True)
class Counterpart:
    """An organization met in a leg; ``capacity`` = simultaneous meetings."""

    id: str
    name: str
    leg: str
    capacity: int = 1
    availability: tuple[Window, ...] = ()
    forbidden: tuple[SlotRef, ...] = ()
    max_per_day: int | None = None
    venue: str | None = None


@dataclass(frozen=True)
class FixedActivity:
    """A plenary, conference, reception or transfer at a set time; blocks its attendees."""

    id: str
    name: str
    day: str
    start: int
    duration: int
    attendees: tuple[str, ...]
    venue: str | None = None


@dataclass(frozen=True)
class Interest:
    """A delegation interested in a group session, with the value of its seat."""

    delegation: str
    weight: int = 1


@dataclass(frozen=True)
class GroupSession:
    """A session hosted by a counterpart with ``seats`` seats; optional; time free unless pinned."""

    id: str
    host: str
    seats: int
    interested: tuple[Interest, ...]
    duration: int = 1
    pinned: SlotRef | None = None
    venue: str | None = None


@dataclass(frozen=True)
class Meeting:
    """A candidate meeting; ``venue`` None means the host counterpart's venue (if any)."""

    id: str
    participants: tuple[str, ...]
    weight: int = 1
    duration: int = 1
    mandatory: bool = False
    session: Restriction = "any"
    pinned: SlotRef | None = None
    venue: str | None = None


@dataclass(frozen=True)
class Precedence:
    """Meeting ``after`` starts no earlier than meeting ``before`` ends (days in order)."""

    before: str
    after: str


@dataclass(frozen=True)
class PreviousPlacement:
    """Where an activity stood in the published agenda (for repair); ``seated``: the
    delegations a group session seated (empty for meetings), since a delegation that loses
    its seat sees a change even when the session stays put."""

    id: str
    day: str
    start: int
    seated: tuple[str, ...] = ()


@dataclass(frozen=True)
class Problem:
    """Everything the optimizer needs, and nothing from the database."""

    legs: tuple[Leg, ...]
    venues: tuple[Venue, ...] = ()
    travel: tuple[Travel, ...] = ()
    delegations: tuple[Delegation, ...] = ()
    counterparts: tuple[Counterpart, ...] = ()
    fixed: tuple[FixedActivity, ...] = ()
    group_sessions: tuple[GroupSession, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    precedences: tuple[Precedence, ...] = ()
    previous: tuple[PreviousPlacement, ...] | None = None
    name: str = ""
    schema_version: int = field(default=SCHEMA_VERSION)
