"""Stage A's pass over the legs one by one (``day_legs.by_leg``): with the activities
and seats of the value phase kept, each leg's days are chosen alone for the least
compactness terms; the plan it hands over keeps every activity and seat, and the terms it
reports are what stage A's model of those days counts at that plan."""

from __future__ import annotations

from ortools.sat.python import cp_model

from convoy.planning.config import Config
from convoy.planning.day_assignment import assign_days
from convoy.planning.day_bound import compactness_terms
from convoy.planning.day_legs import LegModel, by_leg
from convoy.planning.day_model import plan_of, relaxation, stage_solver
from convoy.planning.day_plan import DayPlan, days_problem
from convoy.planning.generate_convoy import ConvoySpec, generate_convoy
from convoy.planning.options import Option
from convoy.planning.problem import Problem

from .test_day_pairs import plenary_morning

SPEC = ConvoySpec(delegations=30, counterparts=12, legs=2, days_per_leg=3, group_sessions_per_leg=2)


def terms_at(
    problem: Problem,
    config: Config,
    day_of: dict[str, str],
    seated: dict[str, tuple[str, ...]],
    *,
    second_tracks: bool,
) -> int:
    """The least sum of stage A's terms with every day and seat literal fixed to the plan."""
    b, starts, _peak, _limits = relaxation(problem, config)
    terms = compactness_terms(b, starts, second_tracks=second_tracks)
    for activity, lits in b.x.items():
        for (d, _s), lit in zip(b.options[activity], lits, strict=True):
            b.model.add(lit == int(day_of.get(activity) == d))
    for (g, delegation), seats in b.seats.items():
        for k, seat in seats:
            b.model.add(seat == int(day_of.get(g) == b.options[g][k][0] and delegation in seated.get(g, ())))
    b.model.minimize(sum(terms))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 2
    solver.parameters.max_time_in_seconds = 20
    assert solver.solve(b.model) == cp_model.OPTIMAL
    return round(solver.objective_value)


def test_the_least_terms_move_meetings_off_the_plenary_day():
    # a's meetings at W on the plenary day need a venue change and a gap; on d2, none
    problem = plenary_morning()
    leg = LegModel(problem, Config())
    leg.solve({"a-x": "d1", "a-y": "d1"}, seconds=5.0)
    assert (leg.best, leg.reached, leg.proven) == ({"a-x": "d2", "a-y": "d2"}, 0, True)


def value_plan(
    problem: Problem, config: Config
) -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, list[Option]]]:
    """Stage A's value phase solved to optimality: its days, its seats and the slot options."""
    b, starts, _peak, _limits = relaxation(problem, config)
    b.model.maximize(b.terms["value"])
    first = stage_solver(config, 10.0)
    assert first.solve(b.model) == cp_model.OPTIMAL
    day_of, seated = plan_of(b, first)
    return day_of, seated, starts


def test_each_leg_keeps_its_activities_and_its_terms_are_stage_a_s_count_at_the_plan():
    problem = generate_convoy(SPEC, seed=3)
    config = Config(time_limit=10.0)
    day_of, seated, starts = value_plan(problem, config)
    moved, total = by_leg(problem, config, day_of, seated, seconds=15.0, known=starts)
    assert total is not None
    assert set(moved) == set(day_of)
    leg_of = {d.id: leg.id for leg in problem.legs for d in leg.days}
    assert all(leg_of[moved[a]] == leg_of[day_of[a]] for a in day_of)
    # the legs count the runs of second tracks too
    assert total == terms_at(problem, config, moved, seated, second_tracks=True)
    assert total <= terms_at(problem, config, day_of, seated, second_tracks=True)


def test_the_plan_keeps_the_value_and_its_terms_lie_between_the_bound_and_what_it_reports():
    for seed in (1, 2):
        problem = generate_convoy(SPEC, seed=seed)
        config = Config(time_limit=10.0)
        plan = assign_days(problem, config, seconds=20.0)
        assert plan is not None and plan.value == plan.bound
        assert plan.compact_reached is not None and plan.compact_bound is not None
        # the bound is the whole model's; the plan's terms are the legs' count (with second
        # tracks) or the whole model's, at least its least terms at that plan
        least = terms_at(problem, config, plan.day_of, plan.seated, second_tracks=False)
        assert plan.compact_bound <= least <= plan.compact_reached


def test_a_leg_reuses_the_whole_model_s_slot_options_and_builds_the_same_model():
    problem = generate_convoy(SPEC, seed=3)
    config = Config(time_limit=10.0)
    day_of, seated, starts = value_plan(problem, config)
    plan = DayPlan(day_of=day_of, seated=seated, value=0, bound=0, options={})
    for leg in problem.legs:
        sub = days_problem(problem, {d.id for d in leg.days}, plan, keep_optional=False)
        assert str(LegModel(sub, config, known=starts).b.model.proto) == str(LegModel(sub, config).b.model.proto)


def test_a_leg_that_finds_no_plan_in_time_keeps_its_days():
    problem = generate_convoy(SPEC, seed=3)
    config = Config(time_limit=10.0)
    day_of, seated, _starts = value_plan(problem, config)
    moved, total = by_leg(problem, config, day_of, seated, seconds=0.0)  # no leg gets to search
    assert (moved, total) == (day_of, None)


def test_without_a_plan_from_the_whole_model_the_legs_start_from_the_quick_moves(monkeypatch):
    """A whole model that finds no plan in its time (a slow machine) leaves the first phase's
    days; the quick moves improve them before the legs start, so that the legs, or the days
    when the legs find nothing either, get a plan that kept its terms down."""
    from convoy.planning import day_assignment

    calls: list[tuple[dict[str, str], dict[str, str]]] = []
    real_moves = day_assignment.better_days

    def moves(b, day_of, seated, limits, shapes, *, seconds):
        moved = real_moves(b, day_of, seated, limits, shapes, seconds=seconds)
        calls.append((dict(day_of), dict(moved)))
        return moved

    def stuck(solver, model, *, stall):  # as if out of time before a first plan
        solver.parameters.max_time_in_seconds = 0.001
        solver.solve(model)
        return cp_model.UNKNOWN

    monkeypatch.setattr(day_assignment, "better_days", moves)
    monkeypatch.setattr(day_assignment, "solve_or_stall", stuck)
    monkeypatch.setattr(day_assignment, "by_leg", lambda problem, config, day_of, seated, **k: (day_of, None))
    problem = generate_convoy(SPEC, seed=3)
    config = Config(time_limit=10.0)
    plan = assign_days(problem, config, seconds=8.0)
    assert plan is not None and len(calls) == 1
    first, moved = calls[0]
    assert plan.day_of == moved
    seated = plan.seated
    before = terms_at(problem, config, first, seated, second_tracks=True)
    after = terms_at(problem, config, moved, seated, second_tracks=True)
    assert after < before
