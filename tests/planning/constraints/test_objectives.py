"""Objective rules (breaks, fairness, venue changes, value, hard floor) binding and slack."""

from __future__ import annotations

from dataclasses import replace

from convoy.planning.config import Segment
from convoy.planning.problem import Meeting, Venue, Window

from ..factory import one_day, pair_problem, placed, solved


def only(problem, who, start, end):
    """``problem`` with counterpart ``who`` available in slots [start, end) only."""
    counterparts = tuple(
        replace(c, availability=(Window(day="d1", start=start, end=end),)) if c.id == who else c
        for c in problem.counterparts
    )
    return replace(problem, counterparts=counterparts)


def test_breaks_binding_and_slack():
    meetings = (
        Meeting(id="ax", participants=("a", "x"), mandatory=True),
        Meeting(id="ay", participants=("a", "y"), mandatory=True),
    )
    problem = only(pair_problem(meetings=meetings, slots=6), "x", 0, 1)
    result, report = solved(problem)
    assert placed(result) == {"ax": ("d1", 0), "ay": ("d1", 1)}
    assert report.terms.breaks_total == 0
    forced = only(problem, "y", 3, 4)
    result, report = solved(forced)
    assert report.terms.breaks == {"a": 1, "x": 0, "y": 0}
    assert [(o.name, o.value, o.bound) for o in result.objective] == [
        ("mandatory", 2, 2),
        ("value", 4, 4),  # a's weight 2 under min(2W, W + 2)
        ("compactness", 1, 1),
    ]
    assert report.terms.value_tier == 4
    assert result.status == "optimal"


def test_breaks_per_session_forgive_lunch():
    meetings = (
        Meeting(id="ax", participants=("a", "x"), mandatory=True),
        Meeting(id="ay", participants=("a", "y"), mandatory=True),
    )
    problem = only(only(pair_problem(meetings=meetings, slots=4), "x", 0, 1), "y", 3, 4)
    assert solved(problem)[1].terms.breaks_total == 1
    assert solved(problem, breaks="per_session")[1].terms.breaks_total == 0


def test_breaks_skip_the_pauses_of_the_day():
    """x can only meet before lunch and y only after it: a meets them back to back across lunch."""
    meetings = (
        Meeting(id="ax", participants=("a", "x"), mandatory=True),
        Meeting(id="ay", participants=("a", "y"), mandatory=True),
    )
    problem = replace(pair_problem(meetings=meetings, slots=6), legs=(one_day(slots=6, morning=3, breaks=(3,)),))
    problem = only(only(problem, "x", 0, 3), "y", 4, 6)
    result, report = solved(problem)
    assert placed(result) == {"ax": ("d1", 2), "ay": ("d1", 4)}
    assert report.terms.breaks_total == 0
    assert result.status == "optimal"


def test_fairness_binding_and_slack():
    meetings = (
        Meeting(id="ax", participants=("a", "x"), mandatory=True),
        Meeting(id="bx", participants=("b", "x"), mandatory=True),
    )
    problem = pair_problem(meetings=meetings, slots=4)
    x = replace(problem.counterparts[0], forbidden=())
    problem = replace(problem, counterparts=(x, problem.counterparts[1]))
    forced = replace(
        problem,
        counterparts=(
            replace(x, availability=(Window(day="d1", start=0, end=1), Window(day="d1", start=2, end=3))),
            problem.counterparts[1],
        ),
    )
    assert solved(forced, fairness=1)[0].status == "optimal"
    from convoy.planning.config import Config
    from convoy.planning.solve import solve

    result = solve(forced, Config(time_limit=5.0, fairness=0))
    assert (result.status, result.placements) == ("infeasible", ())
    assert [c.code for c in result.conflicts] == ["mandatory_conflict"]
    assert "fairness" in result.conflicts[0].ids


def test_venue_changes_binding_and_slack():
    meetings = (
        Meeting(id="ax", participants=("a", "x"), mandatory=True),
        Meeting(id="ay", participants=("a", "y"), mandatory=True, venue="tower"),
        Meeting(id="ax2", participants=("a", "x"), mandatory=True, venue="hall"),
    )
    base = pair_problem(meetings=meetings, slots=3)
    problem = replace(base, venues=(*base.venues, Venue(id="tower", name="Tower", leg="la")))
    result, report = solved(problem)
    assert report.terms.venue_changes == 1
    assert placed(result)["ay"][1] in (0, 2)
    same = replace(problem, meetings=(*meetings[:1], replace(meetings[1], venue="hall"), meetings[2]))
    assert solved(same)[1].terms.venue_changes == 0


def test_diminishing_returns_and_hard_floor():
    meetings = (
        Meeting(id="ay", participants=("a", "y"), weight=3, mandatory=True),
        Meeting(id="ax", participants=("a", "x"), weight=3),
        Meeting(id="bx", participants=("b", "x"), weight=2),
    )
    problem = only(pair_problem(meetings=meetings, slots=3), "x", 0, 1)
    linear = (Segment(offset=0, slope=1),)
    assert set(placed(solved(problem, soft_floor=0, returns=linear)[0])) == {"ay", "ax"}
    capped = (Segment(offset=0, slope=1), Segment(offset=3, slope=0))
    assert set(placed(solved(problem, soft_floor=0, returns=capped)[0])) == {"ay", "bx"}
    result, report = solved(problem, soft_floor=0, returns=linear, floor=1)
    assert set(placed(result)) == {"ay", "bx"}
    assert report.terms.worst_off == 1
