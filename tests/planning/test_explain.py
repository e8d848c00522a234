from __future__ import annotations

from dataclasses import replace

from convoy.planning.config import Config
from convoy.planning.explain import find_core
from convoy.planning.problem import Counterpart, Delegation, FixedActivity, Meeting, Window
from convoy.planning.solve import solve

from .factory import pair_problem


def netflix_problem():
    base = pair_problem(meetings=(), slots=8)
    netflix = Counterpart(
        id="nflx", name="Netflix", leg="la", venue="hall", availability=(Window(day="d1", start=2, end=4),)
    )
    delegations = (*base.delegations, Delegation(id="c", name="C"), Delegation(id="e", name="E"))
    meetings = tuple(Meeting(id=f"{d}-nflx", participants=(d, "nflx"), mandatory=True) for d in ("a", "b", "c"))
    others = (Meeting(id="e-x", participants=("e", "x"), mandatory=True), Meeting(id="a-y", participants=("a", "y")))
    return replace(
        base, counterparts=(*base.counterparts, netflix), delegations=delegations, meetings=meetings + others
    )


def test_conflict_is_named_in_both_languages():
    result = solve(netflix_problem(), Config(time_limit=5.0))
    assert result.status == "infeasible"
    assert result.placements == ()
    (conflict,) = result.conflicts
    assert conflict.code == "mandatory_conflict"
    assert set(conflict.ids) == {"a-nflx", "b-nflx", "c-nflx"}
    assert conflict.en.startswith("Netflix has one free hour on 2026-02-27 but three mandatory meetings need it:")
    assert conflict.es.startswith("Netflix tiene una hora libre el 2026-02-27 pero tres reuniones obligatorias")


def test_core_is_shrunk_to_the_conflicting_requirements():
    core = find_core(netflix_problem(), Config(time_limit=5.0))
    assert core is not None
    assert sorted(core) == ["mandatory:a-nflx", "mandatory:b-nflx", "mandatory:c-nflx"]


def test_a_meeting_without_common_time_is_named_alone():
    problem = netflix_problem()
    late = Meeting(id="e-nflx", participants=("e", "nflx"), mandatory=True, session="morning")
    problem = replace(problem, meetings=(late,), legs=pair_problem(meetings=(), slots=8).legs)
    from .factory import one_day

    problem = replace(problem, legs=(one_day(slots=8, morning=2),))
    result = solve(problem, Config(time_limit=5.0))
    assert [(c.code, c.ids) for c in result.conflicts] == [("no_common_slot", ("e-nflx", "e", "nflx"))]


def test_overlapping_fixed_activities_are_reported():
    problem = pair_problem(meetings=())
    clash = tuple(
        FixedActivity(id=f"f{i}", name="Plenary", day="d1", start=i, duration=2, attendees=("a",)) for i in range(2)
    )
    result = solve(replace(problem, fixed=clash), Config(time_limit=5.0))
    assert result.status == "infeasible"
    assert [c.code for c in result.conflicts] == ["fixed_overlap"]
    assert result.conflicts[0].en == "A has overlapping fixed activities on 2026-02-27 (slot 1)."
