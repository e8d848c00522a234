from __future__ import annotations

from ortools.sat.python import cp_model

from convoy.planning.b2b import to_problem
from convoy.planning.check import check
from convoy.planning.config import Config
from convoy.planning.generate import B2BSpec, brokerage, generate_b2b
from convoy.planning.model import build
from convoy.planning.result import Placement
from convoy.planning.sweep import applies, sweep
from convoy.planning.warm_start import add_rules, complete_hint, lean_solution

SPEC = B2BSpec(n_business=20, n_meetings=50, n_slots=8, n_tables=10, precedence_share=0.0, fixed_share=0.0)


def placements(b, values):
    by_id = {m.id: m for m in b.problem.meetings}
    return [
        Placement(
            id=m,
            kind="meeting",
            participants=by_id[m].participants,
            day=b.options[m][k.index(1)][0],
            start=b.options[m][k.index(1)][1],
            duration=1,
            venue="hall",
        )
        for m, k in values.items()
        if 1 in k
    ]


def test_sweep_places_every_meeting_validly():
    problem = to_problem(generate_b2b(SPEC, seed=2))
    b = build(problem, Config())
    add_rules(b, lean=True)
    assert applies(b)
    values = sweep(b)
    assert values is not None
    report = check(problem, placements(b, values), config=Config())
    assert report.violations == ()
    assert report.terms.meetings_placed == 50


def test_lean_solution_completes_into_a_full_hint():
    problem = to_problem(generate_b2b(SPEC, seed=3))
    b = build(problem, Config())
    add_rules(b, lean=True)
    values = lean_solution(b, Config(), seconds=5.0)
    assert values is not None
    assert check(problem, placements(b, values)).violations == ()
    add_rules(b, lean=False)
    assert complete_hint(b, values, seconds=5.0)
    assert len(b.model.proto.solution_hint.vars) == len(b.model.proto.variables)
    b.model.minimize(b.terms["breaks"])
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = 5.0
    solver.parameters.fix_variables_to_their_hinted_value = True
    assert solver.solve(b.model) == cp_model.OPTIMAL


def test_brokerage_generator_spreads_a_feasible_event_over_days():
    problem = brokerage(seed=1, businesses=30, meetings=60, days=2, slots=6, tables=8)
    assert [d.id for d in problem.legs[0].days] == ["day1", "day2"]
    assert all(m.mandatory for m in problem.meetings)
    assert len(problem.meetings) == 60
