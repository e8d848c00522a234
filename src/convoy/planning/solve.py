"""``solve(problem, config, progress=...) -> Result``: the optimizer's entry point.

Small and medium problems are solved in one CP-SAT model, tier by tier
(``sequence.py``); big events of mandatory one-slot meetings by a slot sweep and Kempe-chain
annealing (``kempe.py``); other large multi-day problems are decomposed by day
(``decompose.py``).
"""

from __future__ import annotations

from convoy.planning.config import Config
from convoy.planning.decompose import should_decompose, solve_by_day
from convoy.planning.kempe import solve_by_kempe, worth_it
from convoy.planning.maxsat import solve_maxsat, supports
from convoy.planning.polish import solve_polished
from convoy.planning.problem import Problem
from convoy.planning.result import Result
from convoy.planning.sequence import Progress, ProgressEvent

__all__ = ["Progress", "ProgressEvent", "solve"]


def solve(problem: Problem, config: Config | None = None, *, progress: Progress | None = None) -> Result:
    """The best agenda found within ``config.time_limit`` seconds."""
    config = config or Config()
    if config.backend == "maxsat":
        if not supports(problem, config):
            raise ValueError(
                "the maxsat backend handles one day of one-slot mandatory meetings, breaks per day, no fairness bound"
            )
        return solve_maxsat(problem, config)
    if worth_it(problem, config):
        kempe = solve_by_kempe(problem, config, progress=progress)
        if kempe is not None:
            return kempe
    if should_decompose(problem, config):
        return solve_by_day(problem, config, progress=progress)
    return solve_polished(problem, config, progress=progress)
