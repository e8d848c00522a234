"""A CP-SAT solve stopped early when it has stopped getting anywhere.

Stage A's whole model of a convoy proves its bound in about 1.5 s but, on some instances,
finds no plan in its whole share (convoy seed 5: bound 13 at 1.3 s, no plan at 3.1 s), or
keeps one short of its bound (seed 4: 2 against 1); the legs that come next spread its
activities (or the value phase's) over the days, and every second the whole model kept
is a second they lack.  ``solve_or_stall`` stops a search once neither its bound nor its
best solution has moved for ``stall`` seconds.  A search improving its plans goes on
(seed 1: a better plan every 0.2-0.5 s until the optimum), and so does one whose bound
is still 0 (the trivial bound, reported first: the real one can come more than a second
later on a busy machine).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from ortools.sat.python import cp_model

POLL = 0.05  # seconds between two looks at the search


class _Watch(cp_model.CpSolverSolutionCallback):
    """When the bound or the best solution last moved, and the bound."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        super().__init__()
        self.clock = clock
        self.moved = clock()
        self.bound = 0.0

    def on_solution_callback(self) -> None:
        self.moved = self.clock()

    def on_bound(self, bound: float) -> None:
        self.moved = self.clock()
        self.bound = bound

    def stalled(self, stall: float) -> bool:
        return self.bound > 0 and self.clock() - self.moved >= stall


def solve_or_stall(solver: cp_model.CpSolver, model: cp_model.CpModel, *, stall: float) -> cp_model.CpSolverStatus:
    """``solver.solve(model)``, stopped when a positive bound and the best solution (if
    any) have stood still for ``stall`` seconds: status FEASIBLE or UNKNOWN then, with the
    bound proven so far."""
    watch = _Watch()
    solver.best_bound_callback = watch.on_bound
    done = threading.Event()

    def look() -> None:
        while not done.wait(POLL):
            if watch.stalled(stall):
                solver.stop_search()
                return

    looker = threading.Thread(target=look, daemon=True)
    looker.start()
    try:
        return solver.solve(model, watch)
    finally:
        done.set()
        looker.join()
        solver.best_bound_callback = None
