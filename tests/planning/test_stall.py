"""``stall.solve_or_stall``: a search whose bound and best solution stand still is stopped;
a bound of 0 or a moving search is left alone; a search that proves its optimum is not
changed."""

from __future__ import annotations

import itertools
import threading

from ortools.sat.python import cp_model

from convoy.planning.stall import _Watch, solve_or_stall


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_positive_bound_that_stands_still_stalls() -> None:
    clock = Clock()
    watch = _Watch(clock)
    watch.on_bound(3.0)
    clock.now += 0.9
    assert not watch.stalled(1.0)
    clock.now += 0.1
    assert watch.stalled(1.0)


def test_a_bound_of_zero_never_stalls() -> None:
    clock = Clock()
    watch = _Watch(clock)
    watch.on_bound(0.0)
    clock.now += 60.0
    assert not watch.stalled(1.0)


def test_no_bound_yet_never_stalls() -> None:
    clock = Clock()
    watch = _Watch(clock)
    clock.now += 60.0
    assert not watch.stalled(1.0)


def test_a_new_solution_or_bound_restarts_the_wait() -> None:
    clock = Clock()
    watch = _Watch(clock)
    watch.on_bound(3.0)
    clock.now += 0.8
    watch.on_solution_callback()  # a better plan: still getting somewhere
    clock.now += 0.8
    assert not watch.stalled(1.0)
    watch.on_bound(4.0)
    clock.now += 0.8
    assert not watch.stalled(1.0)
    clock.now += 0.2
    assert watch.stalled(1.0)


class StuckSolver:
    """Reports a positive bound, then searches until told to stop (or 30 s pass)."""

    def __init__(self) -> None:
        self.best_bound_callback = None
        self.stopped = threading.Event()

    def solve(self, _model: object, watch: _Watch) -> cp_model.CpSolverStatus:
        assert self.best_bound_callback is not None
        self.best_bound_callback(5.0)
        self.stopped.wait(30.0)
        return cp_model.UNKNOWN

    def stop_search(self) -> None:
        self.stopped.set()


def test_a_stuck_search_is_stopped() -> None:
    solver = StuckSolver()
    status = solve_or_stall(solver, cp_model.CpModel(), stall=0.05)  # type: ignore[arg-type]
    assert status == cp_model.UNKNOWN
    assert solver.stopped.is_set()  # stopped by the watch, not by the 30 s safety wait
    assert solver.best_bound_callback is None


def test_a_search_proving_its_optimum_is_unchanged() -> None:
    model = cp_model.CpModel()
    xs = [model.new_int_var(0, 10, f"x{i}") for i in range(6)]
    for a, b in itertools.pairwise(xs):
        model.add(a + b >= 7)
    model.minimize(sum(xs))
    plain = cp_model.CpSolver()
    assert plain.solve(model) == cp_model.OPTIMAL
    watched = cp_model.CpSolver()
    assert solve_or_stall(watched, model, stall=1.0) == cp_model.OPTIMAL
    assert watched.objective_value == plain.objective_value == 21
    assert watched.best_bound_callback is None
