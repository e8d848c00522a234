"""Run ``planning.solve`` in a helper thread and report its progress from the caller's thread.

CP-SAT calls its solution callback from its own worker threads; the database connection
(and the terminal) belong to the caller.  So the solver thread only records the latest
progress event, and the caller's thread polls it and hands it to ``on_progress``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from convoy.planning.config import Config
from convoy.planning.problem import Problem
from convoy.planning.result import Result
from convoy.planning.solve import ProgressEvent, solve

OnProgress = Callable[[ProgressEvent], None]


class _Latest:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.event: ProgressEvent | None = None
        self.result: Result | None = None
        self.error: BaseException | None = None

    def record(self, event: ProgressEvent) -> None:
        with self.lock:
            self.event = event

    def take(self) -> ProgressEvent | None:
        with self.lock:
            event, self.event = self.event, None
            return event


def solve_with_progress(
    *, problem: Problem, config: Config, on_progress: OnProgress | None = None, poll: float = 0.25
) -> Result:
    """``planning.solve(problem, config)``, calling ``on_progress`` from this thread."""
    latest = _Latest()

    def work() -> None:
        try:
            latest.result = solve(problem, config, progress=latest.record)
        except BaseException as error:  # re-raised in the caller's thread
            latest.error = error

    thread = threading.Thread(target=work, name="convoy-solve", daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(poll)
        event = latest.take()
        if event is not None and on_progress is not None:
            on_progress(event)
    if latest.error is not None:
        raise latest.error
    assert latest.result is not None
    return latest.result
