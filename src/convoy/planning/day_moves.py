"""A quick improvement of stage A's plan before CP-SAT's compactness solve: move one meeting
at a time to another of its days while the day capacities allow it and its score goes down:
the venue terms of stage A's second objective (``day_bound.py``) first, then how many
meetings of a fixed activity's attendees sit on that day (a quick stand-in for the gaps
beside it, which ``beside_fixed.py`` and ``fixed_runs.py`` count in CP-SAT).

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
    """``day_of`` with meetings moved while each move lowers (venue terms, meetings beside
    fixed activities): one
    meeting to another day, or two meetings of a participant exchanging their days (when
    the day it would go to is full)."""
    began = time.perf_counter()
    plan = _Plan(b, dict(day_of), seated)
    search = _Search(b, plan, limits, shapes)
    improved = True
    while improved and time.perf_counter() - began < seconds:
        improved = False
        for m_id in sorted(plan.day_of):
            m = plan.meetings.get(m_id)
            if m is None or len(search.days_of[m_id]) < 2:
                continue
            here = plan.day_of[m_id]
            for d in search.days_of[m_id]:
                if d != here and (search.attempt([(m, d)]) or search.exchange(m, d)):
                    improved = True
                    break
    return plan.day_of


class _Search:
    """Moves tried on a plan: applied when they lower the score, else undone."""

    def __init__(self, b: Built, plan: _Plan, limits: Limits, shapes: dict[tuple[str, str], DayShape]) -> None:
        self.b, self.plan, self.limits, self.shapes = b, plan, limits, shapes
        self.busy = {(w, f.day) for f in b.problem.fixed for w in f.attendees}
        self.days_of = {m_id: list(dict.fromkeys(d for d, _s in opts)) for m_id, opts in b.options.items()}
        self.on: dict[tuple[str, str], set[str]] = defaultdict(set)  # (participant, day) -> meetings
        for m_id, d in plan.day_of.items():
            if m_id in plan.meetings:
                for w in plan.meetings[m_id].participants:
                    self.on[(w, d)].add(m_id)

    def _score(self, keys: set[tuple[str, str]], moved: list[Meeting]) -> tuple[int, int]:
        weight = self.b.config.venue_change_weight
        bound = sum(
            shape.cost(sum(1 for n in self.plan.at[k].values() if n > 0), weight)
            for k in keys
            if (shape := self.shapes.get(k)) is not None
        )
        steer = sum(1 for m in moved for w in m.participants if (w, self.plan.day_of[m.id]) in self.busy)
        return bound, steer

    def attempt(self, moves: list[tuple[Meeting, str]]) -> bool:
        """Apply ``moves`` (meeting, new day) if each fits and the score goes down; else undo."""
        plan = self.plan
        olds = {m.id: plan.day_of[m.id] for m, _d in moves}
        keys = {(w, d) for m, d in moves for w in m.participants}
        keys |= {(w, olds[m.id]) for m, _d in moves for w in m.participants}
        moved = [m for m, _d in moves]
        before = self._score(keys, moved)
        for m, _d in moves:
            plan.add(m, olds[m.id], -1)
        added: list[tuple[Meeting, str]] = []
        for m, d in moves:
            if not plan.fits(m, d, self.limits) or not _order_ok(self.b, plan.day_of, m.id, d):
                break
            plan.add(m, d, 1)
            plan.day_of[m.id] = d
            added.append((m, d))
        if len(added) == len(moves) and self._score(keys, moved) < before:
            for m, d in moves:
                for w in m.participants:
                    self.on[(w, olds[m.id])].discard(m.id)
                    self.on[(w, d)].add(m.id)
            return True
        for m, d in added:
            plan.add(m, d, -1)
        for m, _d in moves:
            plan.add(m, olds[m.id], 1)
            plan.day_of[m.id] = olds[m.id]
        return False

    def exchange(self, m: Meeting, d: str) -> bool:
        """``m`` to day ``d`` while a meeting of one of its participants on ``d`` takes ``m``'s day."""
        here = self.plan.day_of[m.id]
        for w in m.participants:
            for other in sorted(self.on[(w, d)]):
                o = self.plan.meetings[other]
                if here in self.days_of[other] and self.attempt([(m, d), (o, here)]):
                    return True
        return False
