"""Stage A's bound on compactness (``day_bound.py``): forced venue changes and the gaps their
travel leaves, a pause that absorbs the travel, and never above a checked optimal agenda."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convoy.planning.check import check
from convoy.planning.config import Config
from convoy.planning.day_assignment import assign_days
from convoy.planning.generate_convoy import ConvoySpec, generate_convoy
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


def two_venues(*, x_window: tuple[int, int], y_window: tuple[int, int], pause: tuple[int, ...] = ()) -> Problem:
    """Delegation a must meet x (venue V1) and y (venue V2), both only on day d1, 30 minutes apart."""
    days = (replace(DAYS[0], breaks=pause), DAYS[1])
    return Problem(
        legs=(Leg(id="la", name="LA", days=days),),
        venues=(Venue(id="V1", name="V1", leg="la"), Venue(id="V2", name="V2", leg="la")),
        travel=(Travel(origin="V1", destination="V2", minutes=30),),
        delegations=(Delegation(id="a", name="A"), Delegation(id="b", name="B")),
        counterparts=(
            Counterpart(
                id="x",
                name="X",
                leg="la",
                venue="V1",
                availability=(Window(day="d1", start=x_window[0], end=x_window[1]),),
            ),
            Counterpart(
                id="y",
                name="Y",
                leg="la",
                venue="V2",
                availability=(Window(day="d1", start=y_window[0], end=y_window[1]),),
            ),
        ),
        meetings=(
            Meeting(id="ax", participants=("a", "x"), weight=3),
            Meeting(id="ay", participants=("a", "y"), weight=3),
            Meeting(id="bx", participants=("b", "x"), weight=1),
        ),
    )


def compact_of(problem: Problem) -> tuple[int | None, int, str]:
    """(stage A's compactness bound, the checked compactness of the solver's agenda, status)."""
    config = Config(time_limit=5.0, decompose="days")
    plan = assign_days(problem, config, seconds=3.0)
    assert plan is not None
    result = solve(problem, config)
    report = check(problem, result, config=config)
    assert report.violations == ()
    return plan.compact_bound, report.terms.breaks_total + report.terms.venue_changes, result.status


def test_a_forced_venue_change_costs_the_change_and_the_gap_its_travel_needs():
    bound, reached, status = compact_of(two_venues(x_window=(0, 6), y_window=(0, 6)))
    assert bound == 2 and reached == 2 and status == "optimal"


def test_travel_over_lunch_leaves_no_gap():
    problem = two_venues(x_window=(0, 3), y_window=(4, 6), pause=(3,))
    bound, reached, status = compact_of(problem)
    assert bound == 1 and reached == 1 and status == "optimal"  # only the venue change


def test_a_fixed_activity_counts_its_venue():
    problem = two_venues(x_window=(0, 6), y_window=(0, 6))
    plenary = FixedActivity(id="p", name="Plenary", day="d2", start=0, duration=1, attendees=("a",), venue="V1")
    problem = replace(
        problem,
        fixed=(plenary,),
        counterparts=tuple(replace(c, availability=(Window(day="d2", start=0, end=6),)) for c in problem.counterparts),
    )
    bound, reached, _status = compact_of(problem)
    assert bound == 2 and reached >= 2  # at V1 for the plenary, at V2 for y: a change and a gap


SMALL = ConvoySpec(delegations=8, counterparts=6, legs=2, days_per_leg=2, slots=8, candidates=3, venues_per_leg=2)


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000))
def test_the_bound_never_exceeds_a_checked_agenda_of_the_optimal_value(seed):
    problem = generate_convoy(SMALL, seed=seed)
    config = Config(time_limit=6.0, decompose="whole", tier_order=("mandatory", "value", "compactness", "changes"))
    plan = assign_days(problem, config, seconds=3.0)
    assert plan is not None
    result = solve(problem, config)
    value = next(t for t in result.objective if t.name == "value")
    if plan.compact_bound is None or result.status not in ("optimal", "feasible") or value.value != plan.bound:
        return  # the bound holds only for agendas of the proven optimal value
    report = check(problem, result, config=config)
    assert report.violations == ()
    assert plan.compact_bound <= report.terms.breaks_total + report.terms.venue_changes
