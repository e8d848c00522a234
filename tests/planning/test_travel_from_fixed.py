"""Travel from a fixed activity (``options.reachable``) and between the slots beside it
(``fixed_runs._Runs.travel``): a one-track attendee of a plenary at one venue cannot start
an activity elsewhere before the travel time has passed, and stage A's positions beside the
plenary keep the travel time between two venues too."""

from __future__ import annotations

from dataclasses import replace

from ortools.sat.python import cp_model

from convoy.planning.config import Config
from convoy.planning.day_bound import compactness_terms
from convoy.planning.day_model import relaxation, stage_solver
from convoy.planning.lower_bound import breaks_lower_bound
from convoy.planning.options import build_grid, group_options, meeting_options, seat_ok
from convoy.planning.problem import GroupSession, Interest, Problem, Travel, Venue, Window
from convoy.planning.solve import solve

from .test_beside_fixed import away, bound_and_reached, plenary_day


def hour_away(problem: Problem) -> Problem:
    """The counterparts at W, an hour (two 30-minute slots) from the plenary's venue V."""
    return away(problem, lunch=None, minutes=60)


def starts_on_d1(problem: Problem, meeting: str) -> list[int]:
    grid = build_grid(problem)
    m = next(m for m in problem.meetings if m.id == meeting)
    return [s for d, s in meeting_options(grid=grid, meeting=m) if d == "d1"]


def test_a_one_track_attendee_starts_elsewhere_only_after_the_travel_time():
    problem = hour_away(plenary_day({"a": ("x",)}))
    assert starts_on_d1(problem, "a-x") == [3, 4, 5]  # slots 1 and 2 are the hour's walk
    # the checked agenda agrees: a meets x at slot 3 at the earliest, a gap and a change
    assert bound_and_reached(problem) == (2, 2)


def test_a_second_track_or_a_venue_next_door_needs_no_travel_time():
    two_tracks = hour_away(plenary_day({"a": ("x",)}, tracks={"a": 2}))
    assert starts_on_d1(two_tracks, "a-x") == [0, 1, 2, 3, 4, 5]  # its other track is free
    next_door = away(plenary_day({"a": ("x",)}), lunch=None, minutes=0)
    assert starts_on_d1(next_door, "a-x") == [1, 2, 3, 4, 5]
    no_venue = away(plenary_day({"a": ("x",)}), lunch=None, minutes=60, venue=None)
    assert starts_on_d1(no_venue, "a-x") == [1, 2, 3, 4, 5]


def test_before_a_closing_activity_the_travel_time_is_kept_too():
    problem = hour_away(plenary_day({"a": ("x",)}, at=5))
    assert starts_on_d1(problem, "a-x") == [0, 1, 2]  # ending at 3 or 4 leaves no hour before 5
    assert bound_and_reached(problem) == (2, 2)


def test_a_group_session_and_its_seats_keep_the_travel_time():
    problem = hour_away(plenary_day({"a": ("x",), "b": ("x",)}))
    problem = replace(
        problem,
        meetings=(),
        group_sessions=(
            GroupSession(
                id="g",
                host="x",
                seats=2,
                duration=1,
                interested=(Interest(delegation="a", weight=1), Interest(delegation="b", weight=1)),
            ),
        ),
    )
    grid = build_grid(problem)
    (g,) = problem.group_sessions
    options = [o for o in group_options(grid=grid, group=g) if o[0] == "d1"]
    assert [s for _d, s in options] == [0, 1, 2, 3, 4, 5]  # the host x is not at the plenary
    seats = [s for d, s in options if seat_ok(grid=grid, delegation="a", option=(d, s), duration=1, venue="W")]
    assert seats == [3, 4, 5]


def positions_model(problem: Problem) -> tuple[cp_model.CpModel, dict[str, cp_model.IntVar]]:
    """Stage A's model of ``problem`` with every activity on d1 and its position literals by name."""
    config = Config(time_limit=5.0, decompose="days")
    b, starts, _peak, _limits = relaxation(problem, config)
    compactness_terms(b, starts, second_tracks=True)
    for activity, lits in b.x.items():
        b.model.add(sum(lit for (d, _s), lit in zip(b.options[activity], lits, strict=True) if d == "d1") == 1)
    proto = b.model.proto
    named = {
        v.name: b.model.get_bool_var_from_proto_index(i)
        for i, v in enumerate(proto.variables)
        if v.name.startswith("at_position[")
    }
    return b.model, named


def feasible(model: cp_model.CpModel, *lits: cp_model.IntVar) -> bool:
    trial = model.clone()
    for lit in lits:
        trial.add(trial.get_bool_var_from_proto_index(lit.index) == 1)
    solver = stage_solver(Config(time_limit=5.0), 5.0)
    return solver.solve(trial) in (cp_model.OPTIMAL, cp_model.FEASIBLE)


def test_positions_beside_the_plenary_keep_the_travel_time_between_two_venues():
    # a meets x at W1 (next door to the plenary's V) and y at W2, half an hour (one slot)
    # from both: y cannot follow x in the next slot, nor x follow y
    problem = plenary_day({"a": ("x", "y")})
    problem = replace(
        problem,
        venues=(*problem.venues, Venue(id="W1", name="W1", leg="la"), Venue(id="W2", name="W2", leg="la")),
        counterparts=tuple(replace(c, venue="W1" if c.id == "x" else "W2") for c in problem.counterparts),
        travel=(
            Travel(origin="V", destination="W1", minutes=0),
            Travel(origin="V", destination="W2", minutes=30),
            Travel(origin="W1", destination="W2", minutes=30),
        ),
    )
    model, at = positions_model(problem)
    x1, y2, y3 = at["at_position[a-x,p,1]"], at["at_position[a-y,p,2]"], at["at_position[a-y,p,3]"]
    assert not feasible(model, x1, y2)  # no time to walk from W1 to W2
    assert feasible(model, x1, y3)
    assert "at_position[a-y,p,1]" not in at  # V to W2 takes the first slot after the plenary
    x3 = at["at_position[a-x,p,3]"]
    assert not feasible(model, y2, x3)
    # with W2 next door to W1 the two may follow each other
    close = replace(problem, travel=(*problem.travel[:2], Travel(origin="W1", destination="W2", minutes=0)))
    model, at = positions_model(close)
    assert feasible(model, at["at_position[a-x,p,1]"], at["at_position[a-y,p,2]"])


def test_a_host_kept_off_the_first_slots_by_an_attendees_walk_shows_its_runs():
    # x, an hour from the plenary, meets a (one track: slot 3 at the earliest) and b (a second
    # track, free from slot 0): x at 0 or 1 and 3 has a gap, and b later than slot 1 has one;
    # a's own gap and change make three.  Without x's runs stage A saw two
    problem = hour_away(plenary_day({"a": ("x",), "b": ("x",)}, tracks={"b": 2}))
    assert bound_and_reached(problem) == (3, 3)


def x_free_until(end: int) -> tuple[Problem, Problem]:
    """a (at the plenary, slot 0, an hour from x's venue) and x, free at slots 0 to end - 1;
    their meeting optional, then mandatory."""
    problem = hour_away(plenary_day({"a": ("x",)}))
    problem = replace(
        problem,
        counterparts=tuple(
            replace(c, availability=(Window(day="d1", start=0, end=end),)) for c in problem.counterparts
        ),
    )
    return problem, replace(problem, meetings=tuple(replace(m, mandatory=True) for m in problem.meetings))


def test_a_meeting_kept_away_by_travel_says_so_in_both_languages():
    # x is free at slots 0-2 only; a leaves the plenary (slot 0) and needs an hour to get to
    # x's venue, so the free time they share (slots 1 and 2) is out of reach
    problem, mandatory = x_free_until(3)
    result = solve(mandatory, Config(time_limit=5.0))
    assert result.status == "infeasible"
    (conflict,) = result.conflicts
    assert conflict.code == "no_time_to_travel" and conflict.ids == ("a-x", "a", "x")
    assert "A cannot get there in time from a fixed activity at another venue" in conflict.en
    assert "A no alcanza a llegar a tiempo desde una actividad fija en otra sede" in conflict.es
    optional = solve(problem, Config(time_limit=5.0))
    (left,) = optional.unplaced
    assert left.id == "a-x" and left.reason.code == "no_time_to_travel"
    assert (
        left.reason.en
        == "A / X: at every free time they share, A cannot get there in time from a fixed activity at another venue"
    )


def test_a_meeting_with_no_free_time_in_common_is_not_blamed_on_travel():
    _optional, mandatory = x_free_until(1)
    (conflict,) = solve(mandatory, Config(time_limit=5.0)).conflicts
    assert conflict.code == "no_common_slot"  # slot 0 is the plenary: no free time at all


def test_the_per_participant_bound_counts_the_walk_from_the_plenary():
    # a's mandatory meeting at W can start at slot 3 at the earliest: a gap after the plenary
    problem = hour_away(plenary_day({"a": ("x",)}))
    mandatory = replace(problem, meetings=tuple(replace(m, mandatory=True) for m in problem.meetings))
    assert breaks_lower_bound(mandatory, Config()).per_participant == {"a": 1}
    next_door = away(plenary_day({"a": ("x",)}), lunch=None, minutes=0)
    next_door = replace(next_door, meetings=tuple(replace(m, mandatory=True) for m in next_door.meetings))
    assert breaks_lower_bound(next_door, Config()).per_participant == {}
