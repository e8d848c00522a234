"""The CP-SAT model's variables: one literal per (activity, start option), and the
attendance of every participant derived from them.  Constraint families live in
``constraints/``, one module each; objectives are the ``terms`` they register.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ortools.sat.python import cp_model

from convoy.planning.config import Config
from convoy.planning.options import (
    Grid,
    Option,
    build_grid,
    group_options,
    group_venue,
    meeting_options,
    meeting_venue,
    seat_ok,
)
from convoy.planning.problem import Problem

Lit = Any  # a BoolVar or the constant 1 (ortools' typing does not survive sum())
Expr = Any  # a linear expression


@dataclass(frozen=True)
class Attendance:
    """``lit`` true when the participant is at ``activity`` on ``day`` from ``start``."""

    lit: Lit
    activity: str
    kind: str
    day: str
    start: int
    duration: int
    venue: str | None

    def covers(self, slot: int) -> bool:
        return self.start <= slot < self.start + self.duration


@dataclass
class Built:
    """A model under construction, with the handles each constraint family needs."""

    problem: Problem
    config: Config
    grid: Grid
    model: cp_model.CpModel = field(default_factory=cp_model.CpModel)
    options: dict[str, list[Option]] = field(default_factory=dict)
    x: dict[str, list[cp_model.IntVar]] = field(default_factory=dict)
    placed: dict[str, Expr] = field(default_factory=dict)
    seats: dict[tuple[str, str], list[tuple[int, cp_model.IntVar]]] = field(default_factory=dict)
    attend: dict[str, list[Attendance]] = field(default_factory=lambda: defaultdict(list))
    terms: dict[str, Expr] = field(default_factory=dict)
    busy: dict[tuple[str, str, int], Lit] = field(default_factory=dict)
    assumptions: dict[str, cp_model.IntVar] = field(default_factory=dict)
    explain: bool = False
    breaks: dict[str, Expr] = field(default_factory=dict)
    has_value: bool = False

    def assume(self, name: str) -> cp_model.IntVar:
        """A literal that switches requirement ``name`` on (used to explain infeasibility)."""
        lit = self.model.new_bool_var(f"assume[{name}]")
        self.assumptions[name] = lit
        return lit

    def by_day(self, who: str) -> dict[str, list[Attendance]]:
        out: dict[str, list[Attendance]] = defaultdict(list)
        for a in self.attend[who]:
            out[a.day].append(a)
        return out


@dataclass(frozen=True)
class Holding:
    """In stage A's model (one literal per activity and day): ``who`` holds ``activity`` on
    ``day`` when ``lit`` is true (the day literal, or the seat of a seated delegation,
    ``seat``), taking ``length`` slots."""

    who: str
    day: str
    activity: str
    lit: Lit
    length: int
    seat: bool


def holdings(b: Built) -> Iterator[Holding]:
    """Every way a participant may hold an activity on a day in stage A's model: each
    participant of a meeting, each host of a group session, then its seats."""
    for m in b.problem.meetings:
        for (d, _s), lit in zip(b.options[m.id], b.x[m.id], strict=True):
            for who in m.participants:
                yield Holding(who, d, m.id, lit, m.duration, False)
    for g in b.problem.group_sessions:
        for (d, _s), lit in zip(b.options[g.id], b.x[g.id], strict=True):
            yield Holding(g.host, d, g.id, lit, g.duration, False)
        for i in g.interested:
            for k, seat in b.seats[(g.id, i.delegation)]:
                yield Holding(i.delegation, b.options[g.id][k][0], g.id, seat, g.duration, True)


def _add_meetings(b: Built) -> None:
    for m in b.problem.meetings:
        options = meeting_options(grid=b.grid, meeting=m)
        venue = meeting_venue(grid=b.grid, meeting=m)
        lits = [b.model.new_bool_var(f"x[{m.id},{d},{s}]") for d, s in options]
        b.options[m.id], b.x[m.id] = options, lits
        b.placed[m.id] = sum(lits)
        b.model.add_at_most_one(lits)
        for (d, s), lit in zip(options, lits, strict=True):
            for who in m.participants:
                b.attend[who].append(Attendance(lit, m.id, "meeting", d, s, m.duration, venue))


def _add_groups(b: Built) -> None:
    for g in b.problem.group_sessions:
        options = group_options(grid=b.grid, group=g)
        venue = group_venue(grid=b.grid, group=g)
        lits = [b.model.new_bool_var(f"g[{g.id},{d},{s}]") for d, s in options]
        b.options[g.id], b.x[g.id] = options, lits
        b.placed[g.id] = sum(lits)
        b.model.add_at_most_one(lits)
        for (d, s), lit in zip(options, lits, strict=True):
            b.attend[g.host].append(Attendance(lit, g.id, "group_session", d, s, g.duration, venue))
        for interest in g.interested:
            seats = []
            for k, ((d, s), lit) in enumerate(zip(options, lits, strict=True)):
                if seat_ok(
                    grid=b.grid, delegation=interest.delegation, option=(d, s), duration=g.duration, venue=venue
                ):
                    seat = b.model.new_bool_var(f"seat[{g.id},{interest.delegation},{d},{s}]")
                    b.model.add_implication(seat, lit)
                    seats.append((k, seat))
                    b.attend[interest.delegation].append(
                        Attendance(seat, g.id, "group_session", d, s, g.duration, venue)
                    )
            b.seats[(g.id, interest.delegation)] = seats


def _add_fixed(b: Built) -> None:
    for f in b.problem.fixed:
        for who in f.attendees:
            b.attend[who].append(Attendance(1, f.id, "fixed", f.day, f.start, f.duration, f.venue))


def build(problem: Problem, config: Config, *, explain: bool = False) -> Built:
    """Variables for every option; constraints are added by ``constraints.add_all``."""
    b = Built(problem=problem, config=config, grid=build_grid(problem), explain=explain)
    _add_fixed(b)
    _add_meetings(b)
    _add_groups(b)
    return b
