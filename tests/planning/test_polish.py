from __future__ import annotations

from convoy.planning.b2b import to_problem
from convoy.planning.check import check
from convoy.planning.config import Config
from convoy.planning.generate import B2BSpec, generate_b2b
from convoy.planning.greedy import greedy
from convoy.planning.polish import polish, polishable, runs_minus_one, window_problem

SPEC = B2BSpec(n_business=16, n_meetings=30, n_slots=8, n_tables=6, precedence_share=0.0)


def test_runs_minus_one_counts_gaps_once():
    assert runs_minus_one([]) == 0
    assert runs_minus_one([3, 4, 5]) == 0
    assert runs_minus_one([0, 1, 5, 7, 8]) == 2


def test_window_problem_frees_only_the_window():
    problem = to_problem(generate_b2b(SPEC, seed=1))
    placed = [p for p in greedy(problem).placements if p.kind == "meeting"]
    sub = window_problem(problem, placed, 2, 4)
    inside = {p.id for p in placed if 2 <= p.start < 4}
    assert {m.id for m in sub.meetings} == inside
    assert sub.legs[0].days[0].breaks == (0, 1, 4, 5, 6, 7)
    assert all(f.start not in (2, 3) or f.id.split("@")[0] not in inside for f in sub.fixed)


def test_polish_keeps_the_agenda_valid_and_never_adds_breaks():
    problem = to_problem(generate_b2b(SPEC, seed=2))
    config = Config(time_limit=4.0, fairness=None)
    assert polishable(problem, config)
    start = [p for p in greedy(problem).placements if p.kind == "meeting"]
    before = check(problem, start, config=config)
    after = check(problem, polish(problem, start, config, seconds=4.0), config=config)
    assert set(after.kinds()) == set(before.kinds()) - {"capacity", "tables"}
    assert after.terms.meetings_placed == before.terms.meetings_placed
    assert after.terms.breaks_total <= before.terms.breaks_total
