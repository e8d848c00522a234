"""Quick moves of stage A's plan (``day_moves.py``): a meeting leaves a day where its
delegation is at a plenary elsewhere, or exchanges days with another meeting of its
counterpart when that day is full; capacities and precedences stop a move."""

from __future__ import annotations

from dataclasses import replace

from convoy.planning.config import Config
from convoy.planning.day_bound import day_shapes
from convoy.planning.day_model import _loads, _variables
from convoy.planning.day_moves import better_days
from convoy.planning.model import Built
from convoy.planning.options import build_grid
from convoy.planning.problem import (
    Counterpart,
    Day,
    Delegation,
    FixedActivity,
    Leg,
    Meeting,
    Precedence,
    Problem,
    Travel,
    Venue,
    Window,
)

DAYS = tuple(Day(id=f"d{k}", date=f"2026-02-2{k}", slots=4) for k in (1, 2))


def problem(*, max_per_day: int | None = None) -> Problem:
    """a attends a plenary at V1 on d1; it meets x and b meets x at V2 (either day)."""
    return Problem(
        legs=(Leg(id="la", name="LA", days=DAYS),),
        venues=(Venue(id="V1", name="V1", leg="la"), Venue(id="V2", name="V2", leg="la")),
        travel=(Travel(origin="V1", destination="V2", minutes=30),),
        delegations=(Delegation(id="a", name="A"), Delegation(id="b", name="B")),
        counterparts=(Counterpart(id="x", name="X", leg="la", venue="V2", max_per_day=max_per_day),),
        fixed=(FixedActivity(id="p", name="Plenary", day="d1", start=0, duration=1, attendees=("a",), venue="V1"),),
        meetings=(Meeting(id="ax", participants=("a", "x")), Meeting(id="bx", participants=("b", "x"))),
    )


def moved(p: Problem, day_of: dict[str, str]) -> dict[str, str]:
    b = Built(problem=p, config=Config(), grid=build_grid(p))
    _variables(b)
    _peak, limits = _loads(b)
    return better_days(b, day_of, {}, limits, day_shapes(b), seconds=1.0)


def test_a_meeting_leaves_the_plenary_day_of_its_delegation():
    assert moved(problem(), {"ax": "d1", "bx": "d2"}) == {"ax": "d2", "bx": "d2"}


def test_two_meetings_exchange_days_when_the_day_is_full():
    assert moved(problem(max_per_day=1), {"ax": "d1", "bx": "d2"}) == {"ax": "d2", "bx": "d1"}


def test_meetings_per_day_stop_the_move():
    p = problem(max_per_day=1)
    only_d2 = Window(day="d2", start=0, end=4)
    p = replace(p, delegations=tuple(replace(d, availability=(only_d2,)) if d.id == "b" else d for d in p.delegations))
    assert moved(p, {"ax": "d1", "bx": "d2"}) == {"ax": "d1", "bx": "d2"}
    assert moved(problem(max_per_day=2), {"ax": "d1", "bx": "d2"}) == {"ax": "d2", "bx": "d2"}


def test_a_precedence_stops_the_move():
    p = replace(problem(), precedences=(Precedence(before="ax", after="bx"),))
    assert moved(p, {"ax": "d1", "bx": "d1"}) == {"ax": "d1", "bx": "d1"}
    assert moved(p, {"ax": "d1", "bx": "d2"}) == {"ax": "d2", "bx": "d2"}


def test_a_full_day_stops_the_move():
    busy = FixedActivity(id="q", name="Visit", day="d2", start=0, duration=4, attendees=("x",), venue="V2")
    p = replace(problem(), fixed=(*problem().fixed, busy))
    assert moved(p, {"ax": "d1"}) == {"ax": "d1"}
