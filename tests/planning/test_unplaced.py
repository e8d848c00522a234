from __future__ import annotations

from dataclasses import replace

from convoy.planning.config import Config
from convoy.planning.problem import Counterpart, Day, Delegation, Leg, Meeting, Problem, Window
from convoy.planning.solve import solve
from convoy.planning.unplaced import with_floor_reasons

from .factory import pair_problem, placed, solved


def reasons(problem):
    result = solve(problem, Config(time_limit=3.0))
    return {u.id: (u.reason.code, u.reason.en) for u in result.unplaced}


def test_busy_participant_is_named():
    meetings = (Meeting(id="ax", participants=("a", "x"), weight=3), Meeting(id="bx", participants=("b", "x")))
    assert reasons(pair_problem(meetings=meetings, slots=1)) == {
        "bx": ("participant_busy", "B / X: X is already busy at every possible time")
    }


def test_full_tables_are_named():
    meetings = (Meeting(id="ax", participants=("a", "x"), weight=3), Meeting(id="by", participants=("b", "y")))
    assert reasons(pair_problem(meetings=meetings, slots=1, tables=1)) == {
        "by": ("tables_full", "B / Y: no table left at hall at those times")
    }


def test_daily_limit_is_named():
    meetings = (Meeting(id="ax", participants=("a", "x"), weight=3), Meeting(id="bx", participants=("b", "x")))
    problem = pair_problem(meetings=meetings, slots=3)
    problem = replace(problem, counterparts=(replace(problem.counterparts[0], max_per_day=1), problem.counterparts[1]))
    assert reasons(problem) == {"bx": ("daily_limit", "B / X: X already has its maximum of meetings on those days")}


def test_no_common_time_is_named():
    meetings = (Meeting(id="ax", participants=("a", "x"), session="morning"),)
    problem = pair_problem(meetings=meetings, slots=4)
    problem = replace(
        problem, delegations=(replace(problem.delegations[0], legs=("elsewhere",)), problem.delegations[1])
    )
    assert reasons(problem) == {"ax": ("no_common_slot", "A / X: no common free time")}


def floor_problem(*, a_elsewhere: bool) -> Problem:
    """X (capacity 1) is free for two slots and A, B and C each want it; A's meeting with X
    weighs 3.  With ``a_elsewhere`` A also meets Y in a third slot, so A has its floor share
    anyway and the floor gives X's two slots to B and C; without it, A, B and C are alike."""
    day = Day(id="d1", date="2026-02-27", slots=3)
    meetings = [
        Meeting(id="ax", participants=("a", "x"), weight=3),
        Meeting(id="bx", participants=("b", "x")),
        Meeting(id="cx", participants=("c", "x")),
    ]
    if a_elsewhere:
        meetings.append(Meeting(id="ay", participants=("a", "y")))
    return Problem(
        legs=(Leg(id="la", name="Los Angeles", days=(day,)),),
        delegations=(Delegation(id="a", name="A"), Delegation(id="b", name="B"), Delegation(id="c", name="C")),
        counterparts=(
            Counterpart(id="x", name="X", leg="la", availability=(Window(day="d1", start=0, end=2),)),
            Counterpart(id="y", name="Y", leg="la", availability=(Window(day="d1", start=2, end=3),)),
        ),
        meetings=tuple(meetings),
    )


def test_the_fairness_floor_is_named_when_it_decided():
    problem = floor_problem(a_elsewhere=True)
    result, report = solved(problem)
    assert placed(result).keys() == {"ay", "bx", "cx"}  # the floor outweighs ax's weight 3
    assert report.terms.floor_shortfall == {}
    assert [(u.id, u.reason.code) for u in result.unplaced] == [("ax", "fairness_floor")]  # the solver says it too
    restated = with_floor_reasons(problem=problem, result=result, soft_floor=Config().soft_floor)
    (left,) = restated.unplaced
    assert (left.id, left.reason.code, left.reason.ids) == ("ax", "fairness_floor", ("ax", "a", "x", "b", "c"))
    assert left.reason.en == (
        "A / X: X's remaining time went to meetings of B / C, which would otherwise be below the fairness floor"
    )
    assert left.reason.es == (
        "A / X: el tiempo que le quedaba a X se dio a reuniones de B / C, "
        "que sin ellas quedarían bajo el piso de equidad"
    )
    assert restated.placements == result.placements


def test_the_fairness_floor_is_not_named_when_it_did_not_decide():
    # Without ay, the one left out (B or C, by weight) lacks its share as much as the others would.
    problem = floor_problem(a_elsewhere=False)
    result, report = solved(problem)
    assert "ax" in placed(result)
    (left,) = with_floor_reasons(problem=problem, result=result, soft_floor=Config().soft_floor).unplaced
    assert left.id in {"bx", "cx"} and report.terms.floor_shortfall == {left.id[0]: 1}
    assert left.reason.code == "participant_busy"
    # With A served elsewhere but no floor (soft_floor 0), value alone decides: no floor reason.
    problem = floor_problem(a_elsewhere=True)
    result, _report = solved(problem, soft_floor=0)
    assert "ax" in placed(result)
    (left,) = with_floor_reasons(problem=problem, result=result, soft_floor=0).unplaced
    assert left.reason.code == "participant_busy"
