from __future__ import annotations

from dataclasses import replace

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
    assert sub.legs[0].days[0].breaks == ()  # closed by forbidding, not by pauses (a pause is not a gap)
    for person in sub.delegations:
        added = {f.slot for f in person.forbidden} - {f.slot for f in _person(problem, person.id).forbidden}
        assert added == {0, 1, 4, 5, 6, 7} - {f.slot for f in _person(problem, person.id).forbidden}
    assert all(f.start not in (2, 3) or f.id.split("@")[0] not in inside for f in sub.fixed)


def _person(problem, who):
    return next(d for d in problem.delegations if d.id == who)


def test_a_day_with_a_pause_is_not_polished():
    problem = to_problem(generate_b2b(SPEC, seed=2))
    (leg,) = problem.legs
    lunch = replace(problem, legs=(replace(leg, days=(replace(leg.days[0], breaks=(3,)),)),))
    assert polishable(problem, Config()) and not polishable(lunch, Config())


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
