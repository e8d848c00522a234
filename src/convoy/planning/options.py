"""Where each activity may start: the unary rules applied once, shared by every method.

An *option* is a (day, start) pair satisfying, for every participant, legs, availability
and forbidden slots, plus the day's sessions and breaks, the meeting's session
restriction and its pin, and leaving room beside the fixed activities (for a one-track
participant, with the travel time between a fixed activity's venue and the activity's).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from convoy.planning.problem import (
    Counterpart,
    Day,
    Delegation,
    GroupSession,
    Meeting,
    Problem,
    Restriction,
    SlotRef,
)

Option = tuple[str, int]


@dataclass(frozen=True)
class Grid:
    """Days, their legs and order, participants, capacities and fixed loads."""

    days: dict[str, Day]
    day_leg: dict[str, str]
    order: dict[str, int]
    delegations: dict[str, Delegation]
    counterparts: dict[str, Counterpart]
    fixed_load: dict[tuple[str, str, int], int]
    travel: dict[tuple[str, str], int]
    cache: dict[str, frozenset[Option]] = field(default_factory=dict)
    # (participant, day) -> (start, end, venue) of its fixed activities with a venue
    fixed_at: dict[tuple[str, str], tuple[tuple[int, int, str], ...]] = field(default_factory=dict)

    def capacity(self, who: str) -> int:
        if who in self.delegations:
            return self.delegations[who].tracks
        return self.counterparts[who].capacity if who in self.counterparts else 1

    def travel_minutes(self, origin: str, destination: str) -> int:
        if origin == destination:
            return 0
        return self.travel.get((origin, destination), self.travel.get((destination, origin), 0))

    def travel_slots(self, day: str, origin: str, destination: str) -> int:
        """Slots of ``day`` the travel between two venues takes (started slots count whole)."""
        return math.ceil(self.travel_minutes(origin, destination) / self.days[day].slot_minutes)

    def host_venue(self, participants: tuple[str, ...]) -> str | None:
        for who in participants:
            c = self.counterparts.get(who)
            if c is not None and c.venue is not None:
                return c.venue
        return None


def build_grid(problem: Problem) -> Grid:
    load: dict[tuple[str, str, int], int] = defaultdict(int)
    fixed_at: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for f in problem.fixed:
        for who in f.attendees:
            for s in range(f.start, f.start + f.duration):
                load[(who, f.day, s)] += 1
            if f.venue is not None:
                fixed_at[(who, f.day)].append((f.start, f.start + f.duration, f.venue))
    ordered = [d for leg in problem.legs for d in leg.days]
    return Grid(
        days={d.id: d for d in ordered},
        day_leg={d.id: leg.id for leg in problem.legs for d in leg.days},
        order={d.id: i for i, d in enumerate(ordered)},
        delegations={d.id: d for d in problem.delegations},
        counterparts={c.id: c for c in problem.counterparts},
        fixed_load=dict(load),
        travel={(t.origin, t.destination): t.minutes for t in problem.travel},
        fixed_at={key: tuple(spans) for key, spans in fixed_at.items()},
    )


def _session(day: Day, slot: int) -> str:
    return next((s.name for s in day.sessions if s.start <= slot < s.end), "")


@lru_cache(maxsize=1 << 16)  # the same few answers for every meeting: big events ask millions of times
def _fits_day(day: Day, start: int, duration: int, restriction: Restriction) -> bool:
    slots = range(start, start + duration)
    if start < 0 or start + duration > day.slots or any(s in day.breaks for s in slots):
        return False
    names = {_session(day, s) for s in slots}
    return len(names) == 1 and (restriction == "any" or names == {restriction})


def _fits_person(grid: Grid, who: str, day: str, start: int, duration: int) -> bool:
    person = grid.delegations.get(who) or grid.counterparts.get(who)
    if person is None:
        return False
    legs = person.legs if isinstance(person, Delegation) else (person.leg,)
    if legs and grid.day_leg[day] not in legs:
        return False
    end = start + duration
    windows = person.availability
    if windows and not any(w.day == day and w.start <= start and end <= w.end for w in windows):
        return False
    if any(SlotRef(day=day, slot=s) in person.forbidden for s in range(start, end)):
        return False
    cap = grid.capacity(who)
    return all(grid.fixed_load.get((who, day, s), 0) < cap for s in range(start, end))


def free_slots(grid: Grid, who: str) -> frozenset[Option]:
    """(day, slot) pairs where ``who`` could hold a one-slot activity (cached)."""
    if who not in grid.cache:
        grid.cache[who] = frozenset(
            (day_id, s)
            for day_id, day in grid.days.items()
            for s in range(day.slots)
            if _fits_person(grid, who, day_id, s, 1)
        )
    return grid.cache[who]


def starts(
    *,
    grid: Grid,
    participants: tuple[str, ...],
    duration: int,
    restriction: Restriction,
    pinned: SlotRef | None,
) -> list[Option]:
    """Every (day, start) where all ``participants`` can hold an activity of ``duration``."""
    free = [free_slots(grid, who) for who in participants]
    result = []
    for day_id, day in grid.days.items():
        for start in range(day.slots):
            if pinned is not None and (pinned.day, pinned.slot) != (day_id, start):
                continue
            if not all((day_id, s) in f for f in free for s in range(start, start + duration)):
                continue
            if _fits_day(day, start, duration, restriction) and (
                duration == 1 or all(_fits_person(grid, who, day_id, start, duration) for who in participants)
            ):
                result.append((day_id, start))
    return result


Span = tuple[int, int, str]  # an activity's start, end (exclusive) and venue


def no_time_to_travel(grid: Grid, day: str, one: Span, other: Span) -> bool:
    """Whether a one-track participant cannot hold both activities of ``day``: one starts at
    its venue before the travel time from the other's has passed since the other ended (the
    travel rule, ``constraints/travel.py``, for two known spans)."""
    need = grid.travel_slots(day, one[2], other[2])
    return one[1] <= other[0] < one[1] + need or other[1] <= one[0] < other[1] + need


def reachable(*, grid: Grid, who: str, option: Option, duration: int, venue: str | None) -> bool:
    """Whether a one-track ``who`` can be at ``venue`` for an activity at ``option`` given
    its fixed activities elsewhere that day, so an option it excludes can never be taken."""
    day, start = option
    spans = grid.fixed_at.get((who, day))
    if not spans or venue is None or grid.capacity(who) != 1:
        return True
    return not any(no_time_to_travel(grid, day, (start, start + duration, venue), f) for f in spans)


def within_reach(
    grid: Grid, participants: tuple[str, ...], options: list[Option], duration: int, venue: str | None
) -> list[Option]:
    """``options`` less those a participant cannot reach from its fixed activities."""
    if venue is None or not grid.fixed_at:
        return options
    return [
        o
        for o in options
        if all(reachable(grid=grid, who=w, option=o, duration=duration, venue=venue) for w in participants)
    ]


def _free_starts(grid: Grid, meeting: Meeting) -> list[Option]:
    """The meeting's starts free for all its participants, travel not yet considered."""
    return starts(
        grid=grid,
        participants=meeting.participants,
        duration=meeting.duration,
        restriction=meeting.session,
        pinned=meeting.pinned,
    )


def meeting_options(*, grid: Grid, meeting: Meeting) -> list[Option]:
    venue = meeting_venue(grid=grid, meeting=meeting)
    return within_reach(grid, meeting.participants, _free_starts(grid, meeting), meeting.duration, venue)


def kept_away(*, grid: Grid, meeting: Meeting) -> tuple[str, ...]:
    """The participants who, at every start free for all, cannot get to the meeting's venue
    in time from a fixed activity elsewhere; empty unless travel is why the meeting has no
    option (so a message can say so, rather than "no free time in common")."""
    free = _free_starts(grid, meeting)
    venue = meeting_venue(grid=grid, meeting=meeting)
    if not free or within_reach(grid, meeting.participants, free, meeting.duration, venue):
        return ()
    return tuple(
        w
        for w in meeting.participants
        if any(not reachable(grid=grid, who=w, option=o, duration=meeting.duration, venue=venue) for o in free)
    )


def group_options(*, grid: Grid, group: GroupSession) -> list[Option]:
    options = starts(
        grid=grid,
        participants=(group.host,),
        duration=group.duration,
        restriction="any",
        pinned=group.pinned,
    )
    return within_reach(grid, (group.host,), options, group.duration, group_venue(grid=grid, group=group))


def seat_ok(*, grid: Grid, delegation: str, option: Option, duration: int, venue: str | None = None) -> bool:
    """Whether ``delegation`` may take a seat of an activity of ``duration`` at ``option``
    (held at ``venue``, when given: travel from its fixed activities then counts)."""
    return _fits_person(grid, delegation, option[0], option[1], duration) and reachable(
        grid=grid, who=delegation, option=option, duration=duration, venue=venue
    )


def meeting_venue(*, grid: Grid, meeting: Meeting) -> str | None:
    return meeting.venue if meeting.venue is not None else grid.host_venue(meeting.participants)


def group_venue(*, grid: Grid, group: GroupSession) -> str | None:
    return group.venue if group.venue is not None else grid.host_venue((group.host,))
