"""The slots beside a fixed activity, one by one (``fixed_runs.py``), are a relaxation: every
agenda satisfies stage A's model with its own days, seats and positions, and the terms it
then gives never exceed the agenda's checked compactness.  Judged on generated convoys
(opening plenaries at the hotel, group sessions, two-track delegations, venues with and
without tables) solved by the optimizer and judged by the checker."""

from __future__ import annotations

from dataclasses import replace

import pytest
from ortools.sat.python import cp_model

from convoy.planning.check import check
from convoy.planning.config import Config
from convoy.planning.day_bound import compactness_terms
from convoy.planning.day_model import relaxation
from convoy.planning.fixed_runs import positions
from convoy.planning.generate_convoy import ConvoySpec, generate_convoy
from convoy.planning.result import Result
from convoy.planning.solve import solve

SPEC = ConvoySpec(delegations=24, counterparts=10, legs=1, days_per_leg=3, group_sessions_per_leg=2)


def terms_of_agenda(problem, result: Result, config: Config, *, second_tracks: bool) -> tuple[int, int]:
    """(number of position literals set by the agenda, least sum of stage A's terms with
    every day, seat and position literal fixed to what the agenda does)."""
    b, options, _peak, _limits = relaxation(problem, config)
    terms = compactness_terms(b, options, second_tracks=second_tracks)
    placed = {p.id: p for p in result.placements if p.kind != "fixed"}
    for activity, options in b.options.items():
        for (d, _s), lit in zip(options, b.x[activity], strict=True):
            b.model.add(lit == int(activity in placed and placed[activity].day == d))
    for (g, delegation), seats in b.seats.items():
        for k, seat in seats:
            here = g in placed and placed[g].day == b.options[g][k][0] and delegation in placed[g].participants
            b.model.add(seat == int(here))
    fixed = {f.id: f for f in problem.fixed}
    set_here = 0
    for index, var in enumerate(b.model.proto.variables):
        if not var.name.startswith("at_position["):
            continue
        activity, fid, start = var.name[len("at_position[") : -1].rsplit(",", 2)
        p = placed.get(activity)
        real = int(p is not None and p.day == fixed[fid].day and p.start == int(start))
        set_here += real
        b.model.add(b.model.get_int_var_from_proto_index(index) == real)
    b.model.minimize(sum(terms))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 2
    solver.parameters.max_time_in_seconds = 20
    status = solver.solve(b.model)
    assert status == cp_model.OPTIMAL, "the agenda does not satisfy stage A's model: the relaxation is wrong"
    return set_here, round(solver.objective_value)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_agenda_satisfies_the_positions_and_the_terms_stay_below_its_compactness(seed):
    problem = generate_convoy(SPEC, seed=seed)
    config = Config(time_limit=4.0, decompose="days")
    result = solve(problem, config)
    report = check(problem, result, config=config)
    assert report.violations == ()
    for second_tracks in (False, True):
        set_here, least = terms_of_agenda(problem, result, config, second_tracks=second_tracks)
        assert set_here > 0  # the agenda holds activities beside the plenary: the positions were read
        assert least <= report.terms.breaks_total + report.terms.venue_changes


def test_the_positions_are_the_usable_slots_beside_the_activity_nearest_first():
    problem = generate_convoy(SPEC, seed=1)
    b, *_ = relaxation(problem, Config())
    (plenary,) = problem.fixed
    day = b.grid.days[plenary.day]
    at = positions(b, plenary)
    assert at is not None
    slots = [t for t, p in sorted(at.index.items(), key=lambda item: item[1]) if p > 0]
    assert slots == [t for t in range(plenary.start + 1, day.slots) if t not in day.breaks][: len(slots)]
    assert len(slots) == 6 and all(at.index[t] == 0 for t in range(plenary.start, plenary.start + plenary.duration))
    middle = replace(plenary, start=5)
    assert positions(b, middle) is None  # slots on both sides: left to the host count
