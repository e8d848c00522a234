from __future__ import annotations

import itertools

import pytest

from convoy.planning.b2b import B2BInstance, b2b_config, to_problem
from convoy.planning.check import check
from convoy.planning.config import Config
from convoy.planning.generate import B2BSpec, generate_b2b
from convoy.planning.result import Placement
from convoy.planning.sequence import proven_bound
from convoy.planning.solve import ProgressEvent, solve


def brute_force_breaks(instance: B2BInstance, fairness: int | None) -> int | None:
    """Fewest total breaks over every assignment of slots (tiny instances only)."""
    problem = to_problem(instance)
    config = b2b_config(fairness=fairness)
    best = None
    slots = range(instance.n_slots)
    for assignment in itertools.product(slots, repeat=len(problem.meetings)):
        agenda = [
            Placement(
                id=m.id, kind="meeting", participants=m.participants, day="day", start=s, duration=1, venue="hall"
            )
            for m, s in zip(problem.meetings, assignment, strict=True)
        ]
        report = check(problem, agenda, config=config)
        if report.ok and (best is None or report.terms.breaks_total < best):
            best = report.terms.breaks_total
    return best


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_b2b_optimum_matches_brute_force(seed):
    spec = B2BSpec(n_business=6, n_meetings=6, n_slots=4, n_tables=2, restricted_share=0.3, forbidden_share=0.3)
    instance = generate_b2b(spec, seed=seed)
    problem = to_problem(instance)
    config = b2b_config(fairness=1, time_limit=5.0)
    result = solve(problem, config)
    assert result.status == "optimal"
    assert check(problem, result, config=config).ok
    assert result.objective[-1].value == brute_force_breaks(instance, fairness=1)


def test_result_records_solver_and_progress():
    instance = generate_b2b(B2BSpec(n_business=16, n_meetings=30, n_slots=6, n_tables=6), seed=1)
    events: list[ProgressEvent] = []
    result = solve(to_problem(instance), b2b_config(time_limit=5.0), progress=events.append)
    assert result.status == "optimal"
    assert result.solver == "ortools-cp-sat"
    assert result.solver_version.count(".") == 2
    assert result.parameters["num_workers"] == "2"
    assert result.gap == 0.0
    assert result.bound == result.objective[-1].value
    assert events and events[-1].value == result.objective[-1].value
    assert [e.tier for e in events][-1] == "compactness"


def test_a_minimized_tier_never_reports_a_bound_below_zero():
    class Reported:
        best_objective_bound = -1.0  # CP-SAT before propagation, on a one-day mission of the demo

    assert proven_bound(Reported(), "min") == 0.0  # type: ignore[arg-type]
    assert proven_bound(Reported(), "max") == -1.0  # type: ignore[arg-type]


def test_weighted_objective_gives_a_valid_agenda():
    instance = generate_b2b(B2BSpec(n_business=10, n_meetings=20, n_slots=6, n_tables=5), seed=2)
    problem = to_problem(instance)
    config = Config(objective="weighted", time_limit=5.0, fairness=2)
    result = solve(problem, config)
    assert result.status == "optimal"
    assert check(problem, result, config=config).ok
    assert [t.name for t in result.objective] == ["mandatory", "value", "compactness"]
