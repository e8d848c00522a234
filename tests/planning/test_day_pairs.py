"""The decomposition's last pass (``day_pairs.py``): the least compact day solved again with
another day of its leg moves activities between the two when that is more compact, keeps
every activity and the value, and leaves pairs alone when it cannot gain or a precedence
reaches outside them.  Every schedule is judged by the checker."""

from __future__ import annotations

import time

from convoy.planning.check import check
from convoy.planning.config import Config
from convoy.planning.day_pairs import compactness, pair_days
from convoy.planning.day_plan import DayPlan
from convoy.planning.decompose import day_problem
from convoy.planning.options import build_grid, meeting_options
from convoy.planning.problem import (
    Counterpart,
    Day,
    Delegation,
    FixedActivity,
    Leg,
    Meeting,
    Precedence,
    Problem,
    Travel,
    Venue,
)
from convoy.planning.result import Result
from convoy.planning.sequence import solve_whole

from .factory import two_days

CONFIG = Config(time_limit=5.0)
DAYS = two_days()


def plenary_morning() -> Problem:
    """Delegation a attends a plenary at the hotel H at slot 0 of d1 and meets x and y at
    venue W, 30 minutes away, on either day."""
    return Problem(
        legs=(Leg(id="la", name="LA", days=DAYS),),
        venues=(Venue(id="H", name="H", leg="la"), Venue(id="W", name="W", leg="la")),
        delegations=(Delegation(id="a", name="A"),),
        counterparts=tuple(Counterpart(id=c, name=c.upper(), leg="la", venue="W") for c in ("x", "y")),
        fixed=(FixedActivity(id="p", name="Plenary", day="d1", start=0, duration=1, attendees=("a",), venue="H"),),
        meetings=tuple(Meeting(id=f"a-{c}", participants=("a", c), weight=1) for c in ("x", "y")),
        travel=(Travel(origin="H", destination="W", minutes=30),),
    )


def planned(problem: Problem, day_of: dict[str, str]) -> tuple[DayPlan, dict[str, Result]]:
    """A day plan putting each meeting where ``day_of`` says, and each day solved alone."""
    grid = build_grid(problem)
    options = {m.id: meeting_options(grid=grid, meeting=m) for m in problem.meetings}
    plan = DayPlan(day_of=day_of, seated={}, value=0, bound=0, options=options)
    done = {d.id: solve_whole(day_problem(problem, d.id, plan, keep_optional=False), CONFIG) for d in DAYS}
    return plan, done


def agenda(done: dict[str, Result]) -> Result:
    placements = tuple(p for r in done.values() for p in r.placements)
    return Result(status="feasible", placements=placements)


def run(problem: Problem, plan: DayPlan, done: dict[str, Result]) -> None:
    pair_days(problem, plan, CONFIG, done, deadline=time.perf_counter() + 6.0, progress=None)


def test_meetings_leave_the_plenary_day_when_the_pair_is_more_compact():
    problem = plenary_morning()
    plan, done = planned(problem, {"a-x": "d1", "a-y": "d1"})
    before = sum(compactness(r) for r in done.values())
    assert before >= 2  # the travel from the plenary leaves a gap, and a venue change
    run(problem, plan, done)
    report = check(problem, agenda(done), config=CONFIG)
    assert report.violations == ()
    assert report.terms.meetings_placed == 2
    assert sum(compactness(r) for r in done.values()) == report.terms.breaks_total + report.terms.venue_changes
    assert report.terms.breaks_total + report.terms.venue_changes == 0  # both meetings on d2


def test_a_compact_plan_is_left_as_it_is():
    problem = plenary_morning()
    plan, done = planned(problem, {"a-x": "d2", "a-y": "d2"})
    kept = {d: r.placements for d, r in done.items()}
    run(problem, plan, done)
    assert {d: r.placements for d, r in done.items()} == kept


def test_a_precedence_reaching_outside_the_pair_keeps_its_days():
    problem = plenary_morning()
    d3 = Day(id="d3", date="2026-02-23", slots=6, sessions=DAYS[0].sessions)
    problem = Problem(
        legs=(Leg(id="la", name="LA", days=(*DAYS, d3)),),
        venues=problem.venues,
        delegations=problem.delegations,
        counterparts=(*problem.counterparts, Counterpart(id="z", name="Z", leg="la", venue="W")),
        fixed=problem.fixed,
        meetings=(*problem.meetings, Meeting(id="a-z", participants=("a", "z"), weight=1)),
        travel=problem.travel,
        precedences=(Precedence(before="a-x", after="a-z"),),
    )
    grid = build_grid(problem)
    options = {m.id: meeting_options(grid=grid, meeting=m) for m in problem.meetings}
    plan = DayPlan(day_of={"a-x": "d1", "a-y": "d1", "a-z": "d3"}, seated={}, value=0, bound=0, options=options)
    done = {d: solve_whole(day_problem(problem, d, plan, keep_optional=False), CONFIG) for d in ("d1", "d2", "d3")}
    run(problem, plan, done)
    # a-x (before a-z, on d3) is never paired away from d3's company: it stays on d1 or
    # joins d3 with a-z, in order, but does not go to d2 in a pair that leaves a-z out
    where = {p.id: p.day for r in done.values() for p in r.placements if p.kind == "meeting"}
    assert where["a-x"] in ("d1", "d3")
    report = check(problem, agenda(done), config=CONFIG)
    assert report.violations == ()
    assert report.terms.meetings_placed == 3
