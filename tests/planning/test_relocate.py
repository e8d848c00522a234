from __future__ import annotations

from convoy.planning.b2b import to_problem
from convoy.planning.check import check
from convoy.planning.config import Config
from convoy.planning.generate import B2BSpec, brokerage, generate_b2b
from convoy.planning.greedy import greedy
from convoy.planning.relocate import relocate
from convoy.planning.solve import solve


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
