from __future__ import annotations

from dataclasses import replace

from convoy.planning.problem import FixedActivity, GroupSession, Interest, Meeting, Precedence, SlotRef, Window

from .factory import pair_problem


def paths(problem):
    from convoy.planning.validate import problems_in

    return [(e.path, e.en) for e in problems_in(problem)]


def test_a_sound_problem_has_no_findings():
    assert paths(pair_problem(meetings=(Meeting(id="ax", participants=("a", "x")),))) == []


def test_dangling_references_and_slots_are_named_by_path():
    base = pair_problem(meetings=())
    problem = replace(
        base,
        meetings=(
            Meeting(id="m1", participants=("a", "zz"), pinned=SlotRef(day="d1", slot=9)),
            Meeting(id="m1", participants=("a", "x"), venue="nowhere"),
        ),
        group_sessions=(GroupSession(id="g", host="a", seats=1, interested=(Interest(delegation="x"),)),),
        fixed=(FixedActivity(id="f", name="", day="d7", start=0, duration=1, attendees=("q",)),),
        precedences=(Precedence(before="m1", after="m9"),),
        delegations=(
            replace(base.delegations[0], availability=(Window(day="d1", start=2, end=6),)),
            base.delegations[1],
        ),
    )
    assert paths(problem) == [
        ("$", "id 'm1' is used 2 times"),
        ("$.delegations[0].availability[0]", "outside day 'd1' (slots 0..3)"),
        ("$.meetings[0].participants[1]", "unknown participant 'zz'"),
        ("$.meetings[0].pinned", "outside day 'd1' (slots 0..3)"),
        ("$.meetings[1].venue", "unknown venue 'nowhere'"),
        ("$.group_sessions[0].host", "unknown counterpart 'a'"),
        ("$.group_sessions[0].interested[0].delegation", "unknown delegation 'x'"),
        ("$.fixed[0].attendees[0]", "unknown participant 'q'"),
        ("$.fixed[0].day", "unknown day 'd7'"),
        ("$.precedences[0].after", "unknown meeting 'm9'"),
    ]
