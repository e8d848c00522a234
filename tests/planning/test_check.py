from __future__ import annotations

from dataclasses import replace

from convoy.planning.check import check
from convoy.planning.config import Config, Segment
from convoy.planning.problem import (
    Counterpart,
    FixedActivity,
    GroupSession,
    Interest,
    Meeting,
    Precedence,
    PreviousPlacement,
    SlotRef,
    Travel,
    Venue,
    Window,
)
from convoy.planning.result import Placement

from .factory import one_day, pair_problem


def meet(mid, who, start, *, day="d1", duration=1, venue="hall", tracks=()):
    return Placement(
        id=mid,
        kind="meeting",
        participants=who,
        day=day,
        start=start,
        duration=duration,
        venue=venue,
        tracks=tracks,
    )


M = (
    Meeting(id="ax", participants=("a", "x")),
    Meeting(id="ay", participants=("a", "y")),
    Meeting(id="bx", participants=("b", "x")),
)


def test_a_valid_agenda_has_no_violation_and_exact_terms():
    report = check(
        pair_problem(meetings=M),
        [meet("ax", ("a", "x"), 0), meet("ay", ("a", "y"), 1), meet("bx", ("b", "x"), 3)],
    )
    assert report.violations == ()
    assert report.terms.meetings_placed == 3
    assert report.terms.per_delegation == {"a": 2, "b": 1}
    assert report.terms.worst_off == 1
    assert report.terms.breaks == {"a": 0, "x": 1, "y": 0, "b": 0}
    assert (report.terms.breaks_total, report.terms.breaks_max) == (1, 1)


def test_breaks_count_each_gap_once_and_ignore_idle_ends():
    problem = pair_problem(meetings=(*M, Meeting(id="x2", participants=("b", "y"))), slots=8)
    agenda = [
        meet("ax", ("a", "x"), 1),
        meet("ay", ("a", "y"), 5),
        meet("bx", ("b", "x"), 2),
        meet("x2", ("b", "y"), 7),
    ]
    terms = check(problem, agenda).terms
    assert terms.breaks == {"a": 1, "x": 0, "y": 1, "b": 1}


def test_breaks_per_session_forgive_the_session_boundary():
    agenda = [meet("ax", ("a", "x"), 0), meet("ay", ("a", "y"), 3)]
    problem = pair_problem(meetings=M)
    assert check(problem, agenda).terms.breaks["a"] == 1
    assert check(problem, agenda, config=Config(breaks="per_session")).terms.breaks["a"] == 0
    adjacent = [meet("ax", ("a", "x"), 1), meet("ay", ("a", "y"), 2)]
    assert check(problem, adjacent).terms.breaks["a"] == 0
    assert check(problem, adjacent, config=Config(breaks="per_session")).terms.breaks["a"] == 0


def test_a_pause_of_the_day_is_not_a_gap():
    """Lunch (a pause of the day's grid) is nobody's idle time: the slots on either side are adjacent."""
    problem = replace(pair_problem(meetings=M, slots=6), legs=(one_day(slots=6, morning=3, breaks=(3,)),))
    around_lunch = [meet("ax", ("a", "x"), 2), meet("ay", ("a", "y"), 4)]
    assert check(problem, around_lunch).terms.breaks["a"] == 0
    assert check(problem, around_lunch, config=Config(breaks="per_session")).terms.breaks["a"] == 0
    waiting = [meet("ax", ("a", "x"), 1), meet("ay", ("a", "y"), 4)]
    assert check(problem, waiting).terms.breaks["a"] == 1
    lunch_talk = FixedActivity(id="talk", name="Talk", day="d1", start=2, duration=3, attendees=("a",))
    with_talk = replace(problem, fixed=(lunch_talk,))
    fixed = Placement(id="talk", kind="fixed", participants=("a",), day="d1", start=2, duration=3)
    assert check(with_talk, [fixed, meet("ay", ("a", "y"), 5)]).terms.breaks["a"] == 0
    assert check(with_talk, [fixed, meet("ax", ("a", "x"), 0)]).terms.breaks["a"] == 1


def test_capacity_binding_and_slack():
    problem = pair_problem(meetings=M)
    clash = [meet("ax", ("a", "x"), 0), meet("ay", ("a", "y"), 0)]
    assert check(problem, clash).kinds() == ["capacity"]
    two_tracks = replace(problem, delegations=(replace(problem.delegations[0], tracks=2), problem.delegations[1]))
    assert check(two_tracks, clash).ok


def test_tracks_must_differ_when_overlapping():
    problem = pair_problem(meetings=M)
    problem = replace(problem, delegations=(replace(problem.delegations[0], tracks=2), problem.delegations[1]))
    same = [meet("ax", ("a", "x"), 0, tracks=(1, 0)), meet("ay", ("a", "y"), 0, tracks=(1, 0))]
    assert check(problem, same).kinds() == ["track_clash"]
    apart = [meet("ax", ("a", "x"), 0, tracks=(1, 0)), meet("ay", ("a", "y"), 0, tracks=(0, 0))]
    assert check(problem, apart).ok
    assert check(problem, [meet("ax", ("a", "x"), 0, tracks=(2, 0))]).kinds() == ["track"]


def test_tables_binding_and_slack():
    agenda = [meet("ax", ("a", "x"), 0), meet("bx", ("b", "x"), 1), meet("ay", ("a", "y"), 1)]
    assert check(pair_problem(meetings=M, tables=2), agenda).ok
    agenda = [meet("ax", ("a", "x"), 1), meet("bx", ("b", "x"), 0), meet("x", ("b", "y"), 1)]
    problem = pair_problem(meetings=(*M, Meeting(id="x", participants=("b", "y"))), tables=1)
    assert check(problem, agenda).kinds() == ["tables"]


def test_session_restriction_pin_and_mandatory():
    problem = pair_problem(
        meetings=(
            Meeting(id="ax", participants=("a", "x"), session="afternoon"),
            Meeting(id="ay", participants=("a", "y"), pinned=SlotRef(day="d1", slot=3)),
            Meeting(id="bx", participants=("b", "x"), mandatory=True),
        )
    )
    assert check(problem, [meet("ax", ("a", "x"), 1), meet("ay", ("a", "y"), 2)]).kinds() == [
        "mandatory_missing",
        "pinned_moved",
        "session",
    ]
    good = [meet("ax", ("a", "x"), 2), meet("ay", ("a", "y"), 3), meet("bx", ("b", "x"), 0)]
    assert check(problem, good).ok
    assert check(problem, good[1:]).ok
    assert check(problem, good[::2]).ok  # ay is pinned but optional: it may be left out


def test_shape_rules():
    problem = pair_problem(meetings=M)
    bad = [
        meet("zz", ("a", "x"), 0),
        meet("ax", ("a", "y"), 0),
        meet("ay", ("a", "y"), 3, duration=2),
        meet("bx", ("b", "x"), 1, venue="elsewhere"),
        meet("bx", ("b", "x"), 2, day="d9"),
    ]
    assert check(problem, bad).kinds() == [
        "capacity",
        "duplicate",
        "duration",
        "out_of_day",
        "participants",
        "unknown_activity",
        "unknown_day",
        "venue",
    ]


def test_breaks_and_sessions_of_the_day():
    problem = replace(pair_problem(meetings=(replace(M[0], duration=2), *M[1:]), slots=6), legs=())
    problem = replace(problem, legs=(one_day(slots=6, morning=3, breaks=(3,)),))
    assert check(problem, [meet("ax", ("a", "x"), 2, duration=2)]).kinds() == [
        "crosses_session",
        "on_break",
    ]
    assert check(problem, [meet("ax", ("a", "x"), 4, duration=2)]).ok


def test_availability_forbidden_leg_and_max_per_day():
    problem = pair_problem(meetings=M)
    x = Counterpart(
        id="x",
        name="X",
        leg="la",
        venue="hall",
        availability=(Window(day="d1", start=0, end=2),),
        max_per_day=1,
    )
    a = replace(problem.delegations[0], forbidden=(SlotRef(day="d1", slot=1),))
    b = replace(problem.delegations[1], legs=("sj",))
    problem = replace(problem, counterparts=(x, problem.counterparts[1]), delegations=(a, b))
    agenda = [meet("ax", ("a", "x"), 1), meet("bx", ("b", "x"), 2)]
    assert check(problem, agenda).kinds() == ["availability", "forbidden", "leg", "max_per_day"]
    assert check(problem, [meet("ax", ("a", "x"), 0)]).ok


def test_travel_binding_and_slack():
    problem = pair_problem(
        meetings=(
            Meeting(id="ax", participants=("a", "x")),
            Meeting(id="ay", participants=("a", "y")),
        )
    )
    y = replace(problem.counterparts[1], venue="tower")
    problem = replace(
        problem,
        counterparts=(problem.counterparts[0], y),
        venues=(*problem.venues, Venue(id="tower", name="T", leg="la")),
        travel=(Travel(origin="hall", destination="tower", minutes=45),),
    )
    near = [meet("ax", ("a", "x"), 0), meet("ay", ("a", "y"), 2, venue="tower")]
    far = [meet("ax", ("a", "x"), 0), meet("ay", ("a", "y"), 3, venue="tower")]
    assert check(problem, near).kinds() == ["travel"]
    assert check(problem, far).ok
    assert check(problem, far).terms.venue_changes == 1


def test_precedence_fixed_and_group_sessions():
    problem = replace(
        pair_problem(meetings=M),
        precedences=(Precedence(before="ax", after="bx"),),
        fixed=(FixedActivity(id="f", name="Plenary", day="d1", start=3, duration=1, attendees=("a", "b")),),
        group_sessions=(
            GroupSession(
                id="g",
                host="y",
                seats=1,
                interested=(Interest(delegation="a", weight=5), Interest(delegation="b")),
            ),
        ),
    )
    fixed = Placement(id="f", kind="fixed", participants=("a", "b"), day="d1", start=3, duration=1)
    group = Placement(
        id="g",
        kind="group_session",
        participants=("y", "a"),
        day="d1",
        start=2,
        duration=1,
        venue="hall",
    )
    late = [meet("ax", ("a", "x"), 1), meet("bx", ("b", "x"), 0), fixed, group]
    assert check(problem, late).kinds() == ["precedence"]
    ok = [meet("ax", ("a", "x"), 0), meet("bx", ("b", "x"), 1), fixed, group]
    report = check(problem, ok)
    assert report.ok
    assert report.terms.weighted == 7
    assert report.terms.per_delegation == {"a": 2, "b": 1}
    crowded = replace(group, participants=("y", "a", "b"))
    assert check(problem, [*ok[:3], crowded]).kinds() == ["participants"]
    assert check(problem, [*ok[:2], group]).kinds() == ["fixed_missing"]


def test_fairness_floor_value_and_changes():
    problem = pair_problem(meetings=M, slots=6)
    agenda = [meet("ax", ("a", "x"), 0), meet("ay", ("a", "y"), 3)]
    assert check(problem, agenda, config=Config(fairness=0)).kinds() == ["fairness"]
    assert check(problem, agenda, config=Config(fairness=1)).ok
    assert check(problem, agenda, config=Config(floor=1)).kinds() == ["floor"]
    curve = (Segment(offset=0, slope=10), Segment(offset=10, slope=5))
    assert check(problem, agenda, config=Config(returns=curve)).terms.value == 20
    terms = check(problem, agenda).terms  # b lacks its one candidate; f(W) = min(2W, W + 2)
    assert (terms.floor_shortfall, terms.floor_shortfall_total, terms.floor_penalty) == ({"b": 1}, 1, 3)
    assert (terms.value, terms.value_tier) == (4, 4 - 3)
    terms = check(problem, agenda[:1], config=Config(soft_floor=2)).terms
    assert (terms.floor_shortfall, terms.value_tier) == ({"a": 1, "b": 1}, 2 - 3 * 2)
    assert check(problem, agenda, config=Config(soft_floor=0)).terms.value_tier == 4
    previous = replace(
        problem,
        previous=(
            PreviousPlacement(id="ax", day="d1", start=0),
            PreviousPlacement(id="bx", day="d1", start=1),
        ),
    )
    assert check(previous, agenda).terms.changes == 1


def test_changes_count_meetings_and_seats_not_kept():
    problem = replace(
        pair_problem(meetings=M),
        group_sessions=(
            GroupSession(id="g", host="y", seats=2, interested=(Interest(delegation="a"), Interest(delegation="b"))),
            GroupSession(id="h", host="x", seats=1, interested=(Interest(delegation="a"),)),
        ),
        previous=(
            PreviousPlacement(id="ax", day="d1", start=0),
            PreviousPlacement(id="g", day="d1", start=2, seated=("a", "b")),
            PreviousPlacement(id="h", day="d1", start=3),  # no seats recorded: counts as one activity
        ),
    )
    ax = meet("ax", ("a", "x"), 0)

    def session(gid, host, start, *seated):
        return Placement(
            id=gid, kind="group_session", participants=(host, *seated), day="d1", start=start, duration=1, venue="hall"
        )

    def changes(*agenda):
        return check(problem, (*agenda, session("h", "x", 3, "a"))).terms.changes

    assert changes(ax, session("g", "y", 2, "a", "b")) == 0
    assert changes(ax, session("g", "y", 2, "b", "a")) == 0
    assert changes(ax, session("g", "y", 2, "a")) == 1  # only the seats changed: b lost its seat
    assert changes(ax, session("g", "y", 1, "a", "b")) == 2  # moved: both seats are not kept
    assert changes(ax) == 2  # removed: both seats lost
    assert changes(session("g", "y", 2, "a", "b")) == 1  # a removed meeting
    assert check(problem, [ax, session("g", "y", 2, "a", "b")]).terms.changes == 1  # h removed
