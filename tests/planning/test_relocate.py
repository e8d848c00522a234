from __future__ import annotations

from dataclasses import replace

from convoy.planning.b2b import to_problem
from convoy.planning.check import check
from convoy.planning.config import Config
from convoy.planning.generate import B2BSpec, brokerage, generate_b2b
from convoy.planning.greedy import greedy
from convoy.planning.relocate import relocate
from convoy.planning.solve import solve
from convoy.planning.value_of import value_upper_bound


def test_relocation_keeps_validity_and_never_adds_breaks():
    spec = B2BSpec(n_business=20, n_meetings=50, n_slots=8, n_tables=10, precedence_share=0.0, fixed_share=0.1)
    problem = to_problem(generate_b2b(spec, seed=2))
    config = Config(fairness=None)
    start = [p for p in greedy(problem).placements if p.kind == "meeting"]
    before = check(problem, start, config=config)
    moved = relocate(problem, start, seconds=1.0)
    after = check(problem, moved, config=config)
    assert set(after.kinds()) == set(before.kinds()) - {"capacity", "tables"}
    assert after.terms.breaks_total < before.terms.breaks_total
    pinned = {m.id: m.pinned.slot for m in problem.meetings if m.pinned is not None}
    assert all(p.start == pinned[p.id] for p in moved if p.id in pinned)


def test_big_b2b_day_goes_through_sweep_and_kempe_search():
    problem = brokerage(seed=3, businesses=200, meetings=800, days=1, slots=32, tables=30)
    config = Config(time_limit=3.0)
    result = solve(problem, config)
    report = check(problem, result, config=config)
    assert report.violations == ()
    assert result.status in ("feasible", "optimal")
    assert result.parameters["method"] == "sweep+kempe"
    assert result.objective[-1].value == report.terms.breaks_total
    assert report.terms.meetings_placed == 800


def test_a_polished_day_with_optional_meetings_does_not_claim_its_value_proven():
    problem = brokerage(seed=3, businesses=200, meetings=800, days=1, slots=32, tables=30)
    optional = replace(problem, meetings=tuple(replace(m, mandatory=False) for m in problem.meetings))
    config = Config(time_limit=3.0)
    result = solve(optional, config)
    report = check(optional, result, config=config)
    assert report.violations == ()
    assert result.parameters["method"] == "sweep+local search"
    value = {t.name: t for t in result.objective}["value"]
    assert value.value == report.terms.value_tier
    assert value.bound == value_upper_bound(problem=optional, config=config) >= value.value
    assert result.status == "feasible"
