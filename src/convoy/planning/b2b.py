"""The B2B meeting-scheduling special case (Bofill et al., JAIR 74, 2022) as a Problem.

One day of T slots, the first ``morning`` of them the morning; every meeting mandatory
between two businesses; at most L meetings per slot (tables); breaks counted over the
whole day; fairness bound d (2 by default).  Numbering follows the authors' data:
businesses, meetings (rows of ``requested``) and slots are 1-based.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from convoy.planning.config import Config
from convoy.planning.problem import (
    Day,
    Delegation,
    Leg,
    Meeting,
    Precedence,
    Problem,
    Restriction,
    Session,
    SlotRef,
    Venue,
)
from convoy.planning.result import B2BAnswer, Placement

SESSIONS: dict[int, Restriction] = {1: "morning", 2: "afternoon", 3: "any"}
DAY = "day"
HALL = "hall"
DEFAULT_FAIRNESS = 2


@dataclass(frozen=True)
class B2BInstance:
    """The authors' data: ``requested[i] = (p1, p2, session)``; ``forbidden[b]`` slots of
    business b+1; ``fixed[i]`` slot of meeting i+1 or 0; ``precedences[i]`` meetings that
    must end before meeting i+1 starts."""

    n_business: int
    n_tables: int
    n_slots: int
    n_morning: int
    requested: tuple[tuple[int, int, int], ...]
    forbidden: tuple[frozenset[int], ...]
    fixed: tuple[int, ...]
    precedences: tuple[frozenset[int], ...]
    name: str = ""


def business_id(number: int) -> str:
    return f"b{number}"


def meeting_id(row: int) -> str:
    return f"m{row}"


def to_problem(instance: B2BInstance) -> Problem:
    """The general Problem this instance is a special case of."""
    t, am = instance.n_slots, instance.n_morning
    day = Day(
        id=DAY,
        date="",
        slots=t,
        sessions=(
            Session(name="morning", start=0, end=am),
            Session(name="afternoon", start=am, end=t),
        ),
    )
    delegations = tuple(
        Delegation(
            id=business_id(b + 1),
            name=business_id(b + 1),
            forbidden=tuple(SlotRef(day=DAY, slot=s - 1) for s in sorted(instance.forbidden[b]) if s > 0),
        )
        for b in range(instance.n_business)
    )
    meetings = tuple(
        Meeting(
            id=meeting_id(i + 1),
            participants=(business_id(p1), business_id(p2)),
            mandatory=True,
            session=SESSIONS[session],
            pinned=SlotRef(day=DAY, slot=instance.fixed[i] - 1) if instance.fixed[i] > 0 else None,
            venue=HALL,
        )
        for i, (p1, p2, session) in enumerate(instance.requested)
    )
    precedences = tuple(
        Precedence(before=meeting_id(j), after=meeting_id(i + 1))
        for i, before in enumerate(instance.precedences)
        for j in sorted(before)
        if j > 0
    )
    return Problem(
        legs=(Leg(id="event", name=instance.name or "B2B", days=(day,)),),
        venues=(Venue(id=HALL, name=HALL, leg="event", tables=instance.n_tables),),
        delegations=delegations,
        meetings=meetings,
        precedences=precedences,
        name=instance.name,
    )


def b2b_config(*, fairness: int | None = DEFAULT_FAIRNESS, time_limit: float = 10.0) -> Config:
    """The paper's objective: total breaks over the whole day, fairness bound d."""
    return Config(breaks="per_day", fairness=fairness, time_limit=time_limit)


def answer(*, instance: B2BInstance, placements: Sequence[Placement], breaks: int) -> B2BAnswer:
    """Slot (1..T) of each requested row, 0 for a row left unplaced."""
    start = {p.id: p.start + 1 for p in placements if p.kind == "meeting"}
    rows = range(1, len(instance.requested) + 1)
    return B2BAnswer(slots=tuple(start.get(meeting_id(i), 0) for i in rows), breaks=breaks)
