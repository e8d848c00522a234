"""The Kempe route (``kempe.py``): when it applies and what the solver reports from it.
The annealing's tests are in ``test_kempe_fast.py``; its property test also checks the
start state's breaks against the checker's, pauses included.  The helpers here serve both."""

from __future__ import annotations

from dataclasses import replace

import pytest

from convoy.planning.b2b import to_problem
from convoy.planning.check import check
from convoy.planning.config import Config
from convoy.planning.generate import B2BSpec, brokerage, generate_b2b, spread_over_days
from convoy.planning.kempe import solve_by_kempe, worth_it
from convoy.planning.lower_bound import breaks_lower_bound
from convoy.planning.problem import Day, Delegation, Leg, Meeting, Problem
from convoy.planning.result import Placement
from convoy.planning.solve import solve


def _at(meeting: Meeting, slot: int, day: str = "d1", venue: str | None = None) -> Placement:
    return Placement(
        id=meeting.id, kind="meeting", participants=meeting.participants, day=day, start=slot, duration=1, venue=venue
    )


def _stuck() -> tuple[Problem, list[Placement]]:
    """H meets L, Y, Z in slots 0, 1, 2 and M meets P, N, L in slots 0, 1, 2 (both full);
    Y meets W at 0, N meets Q at 2.  L has a break (0 and 2).  No meeting can move to a
    slot free for both its participants, and no participant can swap two of its meetings;
    exchanging slots 0 and 1 along the chain H-L, H-Y, Y-W mends it in one move."""
    leg = Leg(id="la", name="LA", days=(Day(id="d1", date="2026-02-27", slots=3),))
    slots = {"HL": 0, "HY": 1, "HZ": 2, "MP": 0, "MN": 1, "ML": 2, "YW": 0, "NQ": 2}
    meetings = {m: Meeting(id=m, participants=(m[0], m[1]), mandatory=True) for m in slots}
    people = tuple(Delegation(id=w, name=w) for w in sorted({w for m in slots for w in m}))
    problem = Problem(legs=(leg,), delegations=people, meetings=tuple(meetings.values()))
    return problem, [_at(meetings[m], t) for m, t in slots.items()]


def _with_pause(problem: Problem, pause: int | None) -> Problem:
    """``problem`` with a pause (lunch) at slot ``pause`` of every day, unless a meeting is pinned there."""
    pinned_at = {m.pinned.slot for m in problem.meetings if m.pinned is not None}
    if pause is None or pause in pinned_at:
        return problem
    legs = tuple(replace(leg, days=tuple(replace(d, breaks=(pause,)) for d in leg.days)) for leg in problem.legs)
    return replace(problem, legs=legs)


def test_big_brokerage_event_reports_the_relaxation_bound():
    problem = brokerage(seed=2, businesses=150, meetings=600, days=2, slots=16, tables=30)
    config = Config(time_limit=4.0)
    assert worth_it(problem, config)
    result = solve(problem, config)
    report = check(problem, result, config=config)
    assert report.violations == ()
    assert result.parameters["method"] == "sweep+kempe"
    tier = {t.name: t for t in result.objective}["compactness"]
    assert tier.value == report.terms.breaks_total
    assert tier.bound == breaks_lower_bound(problem, config).total <= tier.value
    assert (result.status == "optimal") == (tier.value == tier.bound)
    assert report.terms.meetings_placed == 600
    assert result.statistics["annealings"] == config.workers == 2  # one annealing per worker
    one = solve_by_kempe(problem, replace(config, workers=1, time_limit=1.0))
    assert one is not None and one.statistics["annealings"] == 1


def test_not_for_optional_meetings_or_a_fairness_bound():
    problem = brokerage(seed=2, businesses=150, meetings=600, days=2, slots=16, tables=30)
    assert not worth_it(problem, Config(fairness=2))
    optional = replace(problem, meetings=tuple(replace(m, mandatory=False) for m in problem.meetings))
    assert not worth_it(optional, Config())
    assert solve_by_kempe(problem, Config(time_limit=1.0)) is not None


def test_spreading_over_days_refuses_session_restrictions():
    spec = B2BSpec(n_business=16, n_meetings=40, n_slots=16, n_tables=6, restricted_share=1.0)
    problem = to_problem(generate_b2b(spec, seed=1))
    with pytest.raises(ValueError, match="restricted to a session"):
        spread_over_days(problem, days=2)
