"""Each hard rule shown binding (it changes the answer) and slack (it does not)."""

from __future__ import annotations

from dataclasses import replace

from convoy.planning.problem import GroupSession, Interest, Meeting, Precedence, SlotRef, Travel, Venue

from ..factory import pair_problem, placed, solved


def test_mandatory_binding_and_slack():
    light = Meeting(id="ax", participants=("a", "x"), weight=1, mandatory=True)
    heavy = Meeting(id="ay", participants=("a", "y"), weight=5)
    result, _ = solved(pair_problem(meetings=(light, heavy), slots=1))
    assert set(placed(result)) == {"ax"}
    result, _ = solved(pair_problem(meetings=(replace(light, mandatory=False), heavy), slots=1))
    assert set(placed(result)) == {"ay"}
    result, _ = solved(pair_problem(meetings=(light, heavy), slots=2))
    assert set(placed(result)) == {"ax", "ay"}


def test_capacity_binding_and_slack():
    meetings = (Meeting(id="ax", participants=("a", "x")), Meeting(id="ay", participants=("a", "y")))
    problem = pair_problem(meetings=meetings, slots=1)
    result, report = solved(problem)
    assert report.terms.meetings_placed == 1
    two = replace(problem, delegations=(replace(problem.delegations[0], tracks=2), problem.delegations[1]))
    result, report = solved(two)
    assert report.terms.meetings_placed == 2
    assert sorted(p.tracks[0] for p in result.placements) == [0, 1]


def test_tables_binding_and_slack():
    meetings = (Meeting(id="ax", participants=("a", "x")), Meeting(id="by", participants=("b", "y")))
    assert solved(pair_problem(meetings=meetings, slots=1, tables=1))[1].terms.meetings_placed == 1
    assert solved(pair_problem(meetings=meetings, slots=1, tables=2))[1].terms.meetings_placed == 2


def test_max_per_day_binding_and_slack():
    meetings = (Meeting(id="ax", participants=("a", "x")), Meeting(id="bx", participants=("b", "x")))
    problem = pair_problem(meetings=meetings, slots=2)
    assert solved(problem)[1].terms.meetings_placed == 2
    x = replace(problem.counterparts[0], max_per_day=1)
    limited = replace(problem, counterparts=(x, problem.counterparts[1]))
    assert solved(limited)[1].terms.meetings_placed == 1


def test_travel_binding_and_slack():
    meetings = (Meeting(id="ax", participants=("a", "x")), Meeting(id="ay", participants=("a", "y")))
    base = pair_problem(meetings=meetings, slots=2)
    far = replace(
        base,
        venues=(*base.venues, Venue(id="tower", name="Tower", leg="la")),
        counterparts=(base.counterparts[0], replace(base.counterparts[1], venue="tower")),
        travel=(Travel(origin="hall", destination="tower", minutes=45),),
    )
    assert solved(far)[1].terms.meetings_placed == 1
    assert (
        solved(replace(far, travel=(Travel(origin="tower", destination="hall", minutes=30),)))[1].terms.meetings_placed
        == 1
    )
    assert solved(replace(far, travel=()))[1].terms.meetings_placed == 2
    result, report = solved(replace(far, legs=pair_problem(meetings=meetings, slots=4).legs))
    assert report.terms.meetings_placed == 2
    starts = sorted(s for _d, s in placed(result).values())
    assert starts[1] - starts[0] >= 3


def test_precedence_binding_and_slack():
    meetings = (
        Meeting(id="first", participants=("a", "x")),
        Meeting(id="then", participants=("b", "y"), pinned=SlotRef(day="d1", slot=0), mandatory=True),
    )
    problem = pair_problem(meetings=meetings, slots=2)
    assert set(placed(solved(problem)[0])) == {"first", "then"}
    ordered = replace(problem, precedences=(Precedence(before="first", after="then"),))
    assert set(placed(solved(ordered)[0])) == {"then"}
    later = replace(ordered, meetings=(meetings[0], replace(meetings[1], pinned=SlotRef(day="d1", slot=1))))
    assert placed(solved(later)[0]) == {"first": ("d1", 0), "then": ("d1", 1)}


def test_group_seats_binding_and_slack():
    group = GroupSession(id="g", host="x", seats=1, interested=(Interest(delegation="a"), Interest(delegation="b")))
    problem = replace(pair_problem(meetings=(), slots=1), group_sessions=(group,))
    result, _ = solved(problem)
    assert [len(p.participants) for p in result.placements] == [2]
    result, _ = solved(replace(problem, group_sessions=(replace(group, seats=2),)))
    assert [p.participants for p in result.placements] == [("x", "a", "b")]
