from __future__ import annotations

from dataclasses import replace

from convoy.planning.config import Config
from convoy.planning.problem import Meeting
from convoy.planning.solve import solve

from .factory import pair_problem


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
