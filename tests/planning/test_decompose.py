from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest

from convoy.planning.check import check
from convoy.planning.config import Config
from convoy.planning.day_assignment import assign_days
from convoy.planning.decompose import day_problem, should_decompose
from convoy.planning.generate_convoy import ConvoySpec, generate_convoy
from convoy.planning.solve import solve

SPEC = ConvoySpec(delegations=10, counterparts=6, legs=2, days_per_leg=2, slots=8, candidates=3, venues_per_leg=2)


def test_decomposed_agenda_is_valid_and_its_value_is_bounded():
    problem = generate_convoy(SPEC, seed=3)
    config = Config(time_limit=6.0, decompose="days")
    result = solve(problem, config)
    report = check(problem, result, config=config)
    assert report.violations == ()
    value = next(t for t in result.objective if t.name == "value")
    assert value.value == report.terms.value_tier
    assert value.bound >= value.value
    assert result.parameters["decompose"] == "days"
    assert report.terms.meetings_placed == len(problem.meetings) - len(result.unplaced)


def test_day_plan_respects_each_day():
    problem = generate_convoy(SPEC, seed=3)
    plan = assign_days(problem, Config(), seconds=3.0)
    assert plan is not None
    days = {d.id for leg in problem.legs for d in leg.days}
    assert set(plan.day_of.values()) <= days
    for day in days:
        sub = day_problem(problem, day, plan, keep_optional=False)
        assert [d.id for leg in sub.legs for d in leg.days] == [day]
        assert all(m.mandatory for m in sub.meetings)
        assert {m.id for m in sub.meetings} == {a for a, d in plan.day_of.items() if d == day and a.startswith("d")}


def test_auto_decomposes_only_large_multi_day_problems():
    small = generate_convoy(SPEC, seed=3)
    assert not should_decompose(small, Config())
    assert should_decompose(small, Config(decompose="days"))
    assert not should_decompose(small, Config(decompose="days", fairness=2))
    assert not should_decompose(small, Config(decompose="days", objective="weighted"))
    big = generate_convoy(ConvoySpec(delegations=100, counterparts=50), seed=1)
    assert should_decompose(big, Config())
    assert not should_decompose(big, Config(decompose="whole"))


def test_second_pass_keeps_value_and_never_losescompactness():
    """A day given a poor first schedule (its tiers solved with no time to speak of) is
    solved again from it: the value is kept, compactness never grows, the day stays valid."""

    from convoy.planning.day_pairs import compactness
    from convoy.planning.decompose import _second_pass, _tier
    from convoy.planning.sequence import solve_whole

    problem = generate_convoy(SPEC, seed=3)
    config = Config(time_limit=4.0)
    plan = assign_days(problem, config, seconds=2.0)
    assert plan is not None
    day = max(sorted(set(plan.day_of.values())), key=lambda d: sum(1 for x in plan.day_of.values() if x == d))
    strict = day_problem(problem, day, plan, keep_optional=False)
    first = solve_whole(strict, Config(time_limit=0.05))
    if first.status not in ("optimal", "feasible"):
        first = solve_whole(strict, Config(time_limit=2.0))
    first = replace(first, status="feasible")  # as if not proven: the pass takes it up
    done = {day: first}
    _second_pass(problem, plan, config, done, deadline=time.perf_counter() + 3.0, progress=None)
    after = done[day]
    assert _tier(after, "value") >= _tier(first, "value")
    assert compactness(after) <= compactness(first)
    report = check(strict, after, config=config)
    assert report.violations == ()
    assert report.terms.breaks_total + report.terms.venue_changes == compactness(after)


def first_pass_of_three_days(monkeypatch, solve_day, *, workers: int, days: list[str]) -> None:
    """``_first_pass`` over days "big", "mid" and "small" (sizes 10, 5 and 2: 9, 4 and 1
    activities plus one), 10 s to the deadline, with ``solve_day`` in place of the solve."""
    from convoy.planning import decompose
    from convoy.planning.day_plan import DayPlan

    monkeypatch.setattr(decompose, "_solve_day", solve_day)
    day_of = {f"a{i}": "big" for i in range(9)} | {f"b{i}": "mid" for i in range(4)} | {"c0": "small"}
    plan = DayPlan(day_of=day_of, seated={}, value=0, bound=0, options={})
    problem = generate_convoy(SPEC, seed=3)
    deadline = time.perf_counter() + 10.0
    decompose._first_pass(problem, plan, Config(workers=workers), days, deadline=deadline, progress=None)


def test_first_pass_shares_time_by_squared_size_and_passes_on_what_a_day_leaves(monkeypatch):
    """The fullest day starts first with the share its squared size earns; a day proven at
    once leaves its time to the days after it, and the last day gets all that is left."""
    from convoy.planning.result import Result

    given: list[tuple[str, float]] = []

    def instant(problem, day, plan, config, progress):
        given.append((day, config.time_limit))
        assert config.workers == 1
        return Result(status="optimal")

    first_pass_of_three_days(monkeypatch, instant, workers=1, days=["small", "mid", "big"])
    assert [day for day, _ in given] == ["big", "mid", "small"]
    shares = dict(given)
    assert shares["big"] == pytest.approx(10.0 * 100 / 129, abs=0.05)
    assert shares["mid"] == pytest.approx(10.0 * 25 / 29, abs=0.05)  # not 10 x 25 / 129
    assert shares["small"] == pytest.approx(10.0, abs=0.05)


def test_first_pass_never_gives_a_lane_more_than_the_time_left(monkeypatch):
    """Two lanes: a day started beside a running one gets the lanes' time less what the
    running day was given, and no day is given more than the time to the deadline."""
    from convoy.planning.result import Result

    given: dict[str, float] = {}
    others_done = threading.Event()

    def fake(problem, day, plan, config, progress):
        given[day] = config.time_limit
        if day == "big":  # runs until the two others have had their turn on the other lane
            assert others_done.wait(5)
        elif day == "small":
            others_done.set()
        return Result(status="optimal")

    first_pass_of_three_days(monkeypatch, fake, workers=2, days=["big", "mid", "small"])
    assert given["big"] == pytest.approx(10.0, abs=0.05)  # 2 x 10 x 100/129 = 15.5, capped at 10
    assert given["mid"] == pytest.approx((20.0 - 10.0) * 25 / 29, abs=0.05)  # big still holds 10
    assert given["small"] == pytest.approx(10.0, abs=0.05)


def test_per_participant_bound_comes_before_the_passes_and_the_time_reported_is_the_whole_call(monkeypatch):
    """The relaxation is computed once, before the second pass and the pairs' pass (after
    them it ran past the time limit), and the wall time reported covers the merge."""
    from convoy.planning import decompose

    log: list[str] = []
    real = {name: getattr(decompose, name) for name in ("assign_days", "breaks_lower_bound", "_second_pass")}
    offset = [0.0]

    class Clock:  # the real clock, pushed 100 s on by explaining the unplaced meetings
        @staticmethod
        def perf_counter() -> float:
            return time.perf_counter() + offset[0]

    def unplaced(**kwargs):
        offset[0] += 100.0
        return real_explain(**kwargs)

    real_explain = decompose.explain_unplaced
    monkeypatch.setattr(decompose, "time", Clock)
    monkeypatch.setattr(decompose, "explain_unplaced", unplaced)
    # stage A's bound withheld, so that the per-participant one is needed
    monkeypatch.setattr(
        decompose, "assign_days", lambda *a, **k: replace(real["assign_days"](*a, **k), compact_bound=None)
    )
    monkeypatch.setattr(
        decompose, "breaks_lower_bound", lambda *a: log.append("bound") or real["breaks_lower_bound"](*a)
    )
    monkeypatch.setattr(
        decompose, "_second_pass", lambda *a, **k: log.append("second") or real["_second_pass"](*a, **k)
    )
    problem = generate_convoy(SPEC, seed=3)
    result = solve(problem, Config(time_limit=6.0, decompose="days"))
    assert log[0] == "bound" and log.count("bound") == 1
    report = check(problem, result)
    assert report.violations == ()
    if "second" not in log:  # skipped only when the first pass met the bound
        assert report.terms.breaks_total + report.terms.venue_changes <= result.bound
    assert result.statistics["wall_time"] >= 100.0


def test_past_the_deadline_stage_a_s_bound_is_kept_without_the_relaxation(monkeypatch):
    """A first pass that ran past the deadline (a slow machine) leaves no time for the
    per-participant relaxation: with the value proven, stage A's bound is the one reported;
    before the deadline, the relaxation is computed and may raise it."""
    from convoy.planning import decompose
    from convoy.planning.day_plan import DayPlan
    from convoy.planning.lower_bound import BreaksBound
    from convoy.planning.result import Result, TierValue
    from convoy.planning.value_of import value_of

    computed: list[int] = []

    def relaxation(problem, config):
        computed.append(1)
        return BreaksBound(total=7, per_participant={})

    monkeypatch.setattr(decompose, "breaks_lower_bound", relaxation)
    problem = generate_convoy(SPEC, seed=3)
    value = value_of(problem=problem, config=Config(), placements=[])
    plan = DayPlan(day_of={}, seated={}, value=value, bound=value, options={}, compact_bound=2)  # value proven
    day = Result(status="feasible", objective=(TierValue(tier=3, name="compactness", value=9, bound=0, sense="min"),))
    done = {"d1": day}
    now = time.perf_counter()
    assert decompose._least(problem, Config(), plan, done, deadline=now - 1.0) == 2
    assert computed == []
    assert decompose._least(problem, Config(), plan, done, deadline=now + 60.0) == 7
    assert computed == [1]
