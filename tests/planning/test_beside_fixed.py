"""Stage A's count of the gaps beside a fixed activity (``beside_fixed.py``) and its slots
beside it one by one (``fixed_runs.py``): each room they read (a host's capacity, a venue's
tables, the slots inside the activity for a second track, the load that lets an attendee
reach further, an attendee holding one activity at a time) binding and slack, per day
only, and never above what the solver reaches (judged by the checker)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convoy.planning.check import check
from convoy.planning.config import Config
from convoy.planning.day_assignment import assign_days
from convoy.planning.problem import (
    Counterpart,
    Delegation,
    FixedActivity,
    Leg,
    Meeting,
    Problem,
    Travel,
    Venue,
    Window,
)
from convoy.planning.solve import solve

from .factory import two_days

DAYS = two_days()


def plenary_day(
    meetings: dict[str, tuple[str, ...]],
    *,
    capacity: int = 1,
    tracks: dict[str, int] | None = None,
    tables: int | None = None,
    at: int = 0,
) -> Problem:
    """Delegations attend a plenary at slot ``at`` of d1 (the opening one by default) and
    must meet the counterparts listed for them; every counterpart is at venue V and free on
    d1 only."""
    tracks = tracks or {}
    hosts = sorted({c for cs in meetings.values() for c in cs})
    return Problem(
        legs=(Leg(id="la", name="LA", days=DAYS),),
        venues=(Venue(id="V", name="V", leg="la", tables=tables),),
        delegations=tuple(Delegation(id=d, name=d.upper(), tracks=tracks.get(d, 1)) for d in meetings),
        counterparts=tuple(
            Counterpart(
                id=c,
                name=c.upper(),
                leg="la",
                venue="V",
                capacity=capacity,
                availability=(Window(day="d1", start=0, end=6),),
            )
            for c in hosts
        ),
        fixed=(
            FixedActivity(id="p", name="Plenary", day="d1", start=at, duration=1, attendees=tuple(meetings), venue="V"),
        ),
        meetings=tuple(Meeting(id=f"{d}-{c}", participants=(d, c), weight=1) for d, cs in meetings.items() for c in cs),
    )


def bound_and_reached(problem: Problem, config: Config | None = None) -> tuple[int | None, int]:
    """(stage A's compactness bound, the checked compactness of the solver's agenda)."""
    config = config or Config(time_limit=5.0, decompose="days")
    plan = assign_days(problem, config, seconds=3.0)
    assert plan is not None
    result = solve(problem, config)
    report = check(problem, result, config=config)
    assert report.violations == ()
    assert report.terms.meetings_placed == len(problem.meetings)
    return plan.compact_bound, report.terms.breaks_total + report.terms.venue_changes


def test_a_host_of_capacity_one_seats_one_attendee_right_after_the_plenary():
    problem = plenary_day({"a": ("x",), "b": ("x",), "c": ("x",)})
    assert bound_and_reached(problem) == (2, 2)


def test_a_host_with_room_for_all_leaves_no_gap():
    problem = plenary_day({"a": ("x",), "b": ("x",), "c": ("x",)}, capacity=3)
    assert bound_and_reached(problem) == (0, 0)


def test_an_attendee_with_more_meetings_that_day_reaches_further():
    # a meets y right after the plenary and x next: only b's meeting must be right after it
    assert bound_and_reached(plenary_day({"a": ("x", "y"), "b": ("x",)})) == (0, 0)
    assert bound_and_reached(plenary_day({"a": ("x",), "b": ("x",)})) == (1, 1)


def test_a_second_track_may_meet_while_the_plenary_runs():
    problem = plenary_day({"a": ("x",), "b": ("x",)}, tracks={"a": 2})
    assert bound_and_reached(problem) == (0, 0)


def test_a_venue_with_one_table_seats_one_meeting_after_the_plenary():
    problem = plenary_day({"a": ("x",), "b": ("y",)}, tables=1)
    assert bound_and_reached(problem) == (1, 1)
    assert bound_and_reached(plenary_day({"a": ("x",), "b": ("y",)}, tables=2)) == (0, 0)


def test_an_attendee_holds_one_activity_at_a_time_beside_the_plenary():
    # a needs x right after the plenary and c needs y there; b, with x and y, cannot have
    # either in that slot, so one of the three has a gap (each host alone has room)
    problem = plenary_day({"a": ("x",), "b": ("x", "y"), "c": ("y",)})
    assert bound_and_reached(problem) == (1, 1)


def test_attendees_with_room_beside_the_plenary_leave_no_gap():
    problem = plenary_day({"a": ("x",), "b": ("x", "y"), "c": ("y",)}, capacity=2)
    assert bound_and_reached(problem) == (0, 0)


def test_a_closing_activity_counts_the_slots_before_it():
    problem = plenary_day({"a": ("x",), "b": ("x", "y"), "c": ("y",)}, at=5)
    assert bound_and_reached(problem) == (1, 1)


def test_an_activity_in_the_middle_of_the_day_is_left_to_the_host_count():
    # slots on both sides: b can hold x before the plenary and y after it
    problem = plenary_day({"a": ("x",), "b": ("x", "y"), "c": ("y",)}, at=2)
    bound, reached = bound_and_reached(problem)
    assert bound == 0 and reached >= bound


def away(problem: Problem, *, lunch: int | None, minutes: int = 30, venue: str | None = "W") -> Problem:
    """The counterparts moved to venue W, ``minutes`` from the plenary's venue V (or to no
    venue at all); d1 with a pause (lunch) at slot ``lunch``."""
    days = tuple(replace(d, breaks=(lunch,)) if d.id == "d1" and lunch is not None else d for d in DAYS)
    return replace(
        problem,
        legs=(replace(problem.legs[0], days=days),),
        venues=(*problem.venues, Venue(id="W", name="W", leg="la")),
        counterparts=tuple(replace(c, venue=venue) for c in problem.counterparts),
        travel=(Travel(origin="V", destination="W", minutes=minutes),),
    )


def test_a_venue_change_after_the_plenary_needs_a_pause_within_reach():
    # a one-track attendee can change venue without a gap only across a pause (adjacent
    # slots leave no time to travel): with lunch three slots after the plenary, its one
    # meeting at W leaves a gap as well as a venue change; right after it, only the change
    one = plenary_day({"a": ("x",)})
    assert bound_and_reached(away(one, lunch=4)) == (2, 2)
    assert bound_and_reached(away(one, lunch=1)) == (1, 1)
    # W next door (no travel time), or no venue at all: no gap is needed
    assert bound_and_reached(away(one, lunch=4, minutes=0)) == (1, 1)
    assert bound_and_reached(away(one, lunch=4, venue=None))[0] == 0
    # a meeting without a venue asks no travel time around it: a runs on to W through it
    two = away(plenary_day({"a": ("x", "y")}), lunch=4)
    two = replace(two, counterparts=tuple(replace(c, venue=None) if c.id == "x" else c for c in two.counterparts))
    bound, reached = bound_and_reached(two)
    assert reached == 1 and bound <= reached


def test_per_session_breaks_ask_for_no_run_to_the_plenary():
    problem = plenary_day({"a": ("x",), "b": ("x",), "c": ("x",)})
    config = Config(time_limit=5.0, decompose="days", breaks="per_session")
    bound, reached = bound_and_reached(problem, config)
    assert bound == 0 and reached >= bound


def test_two_fixed_activities_that_day_are_left_to_the_schedule():
    problem = plenary_day({"a": ("x",), "b": ("x",), "c": ("x",)})
    dinner = FixedActivity(id="q", name="Dinner", day="d1", start=5, duration=1, attendees=("a", "b", "c"), venue="V")
    bound, reached = bound_and_reached(replace(problem, fixed=(*problem.fixed, dinner)))
    assert bound == 0 and reached >= bound


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    wants=st.lists(st.sets(st.sampled_from("xyz"), min_size=1, max_size=3), min_size=2, max_size=6),
    two_tracks=st.sets(st.integers(0, 5)),
    capacity=st.integers(1, 2),
    tables=st.none() | st.integers(1, 3),
    at=st.sampled_from((0, 0, 5, 2)),
    elsewhere=st.sampled_from(("", "W", "W", "W next door", "nowhere")),
    lunch=st.sampled_from((None, 1, 3, 4)),
    afternoon=st.none() | st.sets(st.integers(0, 5)),
)
def test_the_count_never_exceeds_the_compactness_of_a_checked_agenda(
    *, wants, two_tracks, capacity, tables, at, elsewhere, lunch, afternoon
):
    meetings = {f"a{k}": tuple(sorted(cs)) for k, cs in enumerate(wants)}
    tracks = {f"a{k}": 2 for k in two_tracks}
    problem = plenary_day(meetings, capacity=capacity, tracks=tracks, tables=tables, at=at)
    if afternoon is not None:  # the opening plenary of a long day, some meetings past its positions
        problem = long_day(meetings, {f"a{k}-{c}" for k in afternoon for c in "xyz"})
        problem = replace(
            problem,
            delegations=tuple(replace(d, tracks=tracks.get(d.id, 1)) for d in problem.delegations),
            counterparts=tuple(replace(c, capacity=capacity) for c in problem.counterparts),
            venues=tuple(replace(v, tables=tables) for v in problem.venues),
        )
    elif elsewhere and lunch != at:
        minutes = 0 if elsewhere == "W next door" else 30
        problem = away(problem, lunch=lunch, minutes=minutes, venue=None if elsewhere == "nowhere" else "W")
    config = Config(time_limit=5.0, decompose="whole")
    plan = assign_days(problem, config, seconds=3.0)
    assert plan is not None
    result = solve(problem, config)
    report = check(problem, result, config=config)
    assert report.violations == ()
    value = result.tier("value")
    assert value is not None
    if plan.compact_bound is not None and value.value == plan.bound:
        assert plan.compact_bound <= report.terms.breaks_total + report.terms.venue_changes


def test_a_second_track_may_hold_one_activity_in_each_slot_of_a_longer_plenary():
    # a two-slot plenary: a, with a second track, meets x while it starts and y while it
    # ends (both hosts free only then), without a break; each slot of the plenary is its
    # own place beside it, or stage A would ask a break no agenda has
    problem = plenary_day({"a": ("x", "y")}, tracks={"a": 2})
    (plenary,) = problem.fixed
    hosts = tuple(replace(c, availability=(Window(day="d1", start=0, end=2),)) for c in problem.counterparts)
    problem = replace(problem, fixed=(replace(plenary, duration=2),), counterparts=hosts)
    assert bound_and_reached(problem) == (0, 0)


def long_day(meetings: dict[str, tuple[str, ...]], afternoon: set[str]) -> Problem:
    """``plenary_day`` on days of 12 slots whose afternoon (slots 7-11) lies past the six
    slots beside the plenary; the meetings named in ``afternoon`` are restricted to it."""
    problem = plenary_day(meetings)
    days = two_days(slots=12, morning=7)
    return replace(
        problem,
        legs=(replace(problem.legs[0], days=days),),
        counterparts=tuple(replace(c, availability=(Window(day="d1", start=0, end=12),)) for c in problem.counterparts),
        meetings=tuple(replace(m, session="afternoon") if m.id in afternoon else m for m in problem.meetings),
    )


def test_a_host_holding_a_meeting_beside_the_plenary_and_one_in_the_afternoon_has_a_gap():
    # a runs on from the plenary to x (slot 1, else a has the break); c meets x in the
    # afternoon, past the slots beside the plenary: c has a break, and x one between the
    # two (its two meetings cannot fill slots 2-6); the host count alone saw c's only
    problem = long_day({"a": ("x",), "c": ("x",)}, afternoon={"c-x"})
    assert bound_and_reached(problem) == (2, 2)


def test_a_host_whose_meetings_may_all_sit_beside_the_plenary_has_no_gap():
    problem = long_day({"a": ("x",), "c": ("x",)}, afternoon=set())
    assert bound_and_reached(problem) == (1, 1)  # a at slot 1, c at slot 2: c's gap only


def test_a_second_track_keeps_its_positions_in_one_run():
    # a, with two tracks, meets x and y; b needs x and c needs y right after the plenary.
    # a may hold one of them while the plenary runs, but the other then lies at slot 1
    # (taken by b or c) or 2 (a gap for a): someone has a break.  Its load (2) alone would
    # let a sit at slots 0 and 2
    problem = plenary_day({"a": ("x", "y"), "b": ("x",), "c": ("y",)}, tracks={"a": 2})
    assert bound_and_reached(problem) == (1, 1)
