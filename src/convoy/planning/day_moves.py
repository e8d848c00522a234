"""A quick improvement of stage A's plan before CP-SAT's compactness solve: move one meeting
at a time to another of its days while the day capacities allow it and stage A's second
objective (``day_bound.py``: bound terms first, steering after) goes down.

The value tier depends on which meetings are placed, not on their days, so a move never
changes it.  CP-SAT's solve starts from the result (as a hint); on a loaded machine or a
short time limit, where it may not get far from its hint, the plan is already a good one.
Rules kept, as ``day_assignment`` states them: each participant's slots per day and per
session (meetings restricted to a session), ``max_per_day``, tables per venue and day,
and the day order of precedences.  Group sessions stay where they are.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass

from convoy.planning.day_bound import DayShape
from convoy.planning.model import Built
from convoy.planning.options import group_venue, meeting_venue
from convoy.planning.problem import Meeting


@dataclass(frozen=True)
class Limits:
    """The capacities stage A enforces, as numbers."""

    room: dict[tuple[str, str], int]  # (participant, day) -> free slots
    session_room: dict[tuple[str, str, str], int]  # (participant, day, session) -> free slots
    per_day: dict[str, int]  # counterpart -> most meetings and hosted sessions a day
    tables: dict[tuple[str, str], int]  # (venue, day) -> table-slots


class _Plan:
    """The loads of a day plan, and where each participant is each day."""

    def __init__(self, b: Built, day_of: dict[str, str], seated: dict[str, tuple[str, ...]]) -> None:
        self.b, self.day_of = b, day_of
        self.meetings = {m.id: m for m in b.problem.meetings}
        self.venue = {m.id: meeting_venue(grid=b.grid, meeting=m) for m in b.problem.meetings}
        self.load: dict[tuple[str, str], int] = defaultdict(int)
        self.session_load: dict[tuple[str, str, str], int] = defaultdict(int)
        self.count: dict[tuple[str, str], int] = defaultdict(int)
        self.tables: dict[tuple[str, str], int] = defaultdict(int)
        self.at: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for f in b.problem.fixed:
            if f.venue is not None:
                for w in f.attendees:
                    self.at[(w, f.day)][f.venue] += 1
        for g in b.problem.group_sessions:
            d = day_of.get(g.id)
            if d is None:
                continue
            venue = group_venue(grid=b.grid, group=g)
            self.count[(g.host, d)] += 1
            for w in (g.host, *seated.get(g.id, ())):
                self.load[(w, d)] += g.duration
                if venue is not None:
                    self.at[(w, d)][venue] += 1
        for m_id, d in day_of.items():
            if m_id in self.meetings:
                self.add(self.meetings[m_id], d, 1)

    def add(self, m: Meeting, d: str, sign: int) -> None:
        venue = self.venue[m.id]
        for w in m.participants:
            self.load[(w, d)] += sign * m.duration
            self.count[(w, d)] += sign
            if m.session != "any":
                self.session_load[(w, d, m.session)] += sign * m.duration
            if venue is not None:
                self.at[(w, d)][venue] += sign
        if venue is not None:
            self.tables[(venue, d)] += sign * m.duration

    def fits(self, m: Meeting, d: str, limits: Limits) -> bool:
        """True when ``m`` (not counted yet) fits on ``d``."""
        for w in m.participants:
            if self.load[(w, d)] + m.duration > limits.room.get((w, d), 0):
                return False
            if m.session != "any":
                room = limits.session_room.get((w, d, m.session), 0)
                if self.session_load[(w, d, m.session)] + m.duration > room:
                    return False
            if w in limits.per_day and self.count[(w, d)] + 1 > limits.per_day[w]:
                return False
        venue = self.venue[m.id]
        if venue is None or (venue, d) not in limits.tables:
            return True
        return self.tables[(venue, d)] + m.duration <= limits.tables[(venue, d)]

    def bound(self, m: Meeting, d: str, shapes: dict[tuple[str, str], DayShape]) -> int:
        """The bound terms of ``m``'s participants on day ``d`` as things stand."""
        weight = self.b.config.venue_change_weight
        total = 0
        for w in m.participants:
            shape = shapes.get((w, d))
            if shape is not None:
                total += shape.cost(sum(1 for n in self.at[(w, d)].values() if n > 0), weight)
        return total


def _order_ok(b: Built, day_of: dict[str, str], m_id: str, d: str) -> bool:
    order = b.grid.order
    for rule in b.problem.precedences:
        if rule.before == m_id and rule.after in day_of and order[day_of[rule.after]] < order[d]:
            return False
        if rule.after == m_id and rule.before in day_of and order[day_of[rule.before]] > order[d]:
            return False
    return True


def better_days(
    b: Built,
    day_of: dict[str, str],
    seated: dict[str, tuple[str, ...]],
    limits: Limits,
    shapes: dict[tuple[str, str], DayShape],
    *,
    seconds: float,
) -> dict[str, str]:
    """``day_of`` with meetings moved while each move lowers (bound terms, steering)."""
    began = time.perf_counter()
    plan = _Plan(b, dict(day_of), seated)
    busy = {(w, f.day) for f in b.problem.fixed for w in f.attendees}
    days_of = {m_id: list(dict.fromkeys(d for d, _s in opts)) for m_id, opts in b.options.items()}
    improved = True
    while improved and time.perf_counter() - began < seconds:
        improved = False
        for m_id in sorted(plan.day_of):
            m = plan.meetings.get(m_id)
            if m is None or len(days_of[m_id]) < 2:
                continue
            here = plan.day_of[m_id]
            with_here = plan.bound(m, here, shapes)
            plan.add(m, here, -1)
            without_here = plan.bound(m, here, shapes)
            steer_here = sum(1 for w in m.participants if (w, here) in busy)
            best, gain = here, (0, 0)
            for d in days_of[m_id]:
                if d == here or not plan.fits(m, d, limits) or not _order_ok(b, plan.day_of, m_id, d):
                    continue
                without_there = plan.bound(m, d, shapes)
                plan.add(m, d, 1)
                with_there = plan.bound(m, d, shapes)
                plan.add(m, d, -1)
                change = (
                    without_here + with_there - with_here - without_there,
                    sum(1 for w in m.participants if (w, d) in busy) - steer_here,
                )
                if change < gain:
                    best, gain = d, change
            plan.add(m, best, 1)
            if best != here:
                plan.day_of[m_id] = best
                improved = True
    return plan.day_of
