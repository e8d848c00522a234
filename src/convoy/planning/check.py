"""The independent checker: every violation of an agenda, and every objective term.

Written from the specification (docs/reference/problem-schema.md), not from the solver;
it judges every test and benchmark.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from convoy.planning.check_index import build_index
from convoy.planning.check_rules import Violation, placement_rules, problem_wide_rules
from convoy.planning.check_terms import Terms, measure
from convoy.planning.config import Config
from convoy.planning.problem import Problem
from convoy.planning.result import Agenda, Placement, Result


@dataclass(frozen=True)
class CheckReport:
    violations: tuple[Violation, ...]
    terms: Terms

    @property
    def ok(self) -> bool:
        return not self.violations

    def kinds(self) -> list[str]:
        """Sorted violation kinds (handy in tests)."""
        return sorted(v.kind for v in self.violations)


def check(
    problem: Problem, agenda: Agenda | Result | Sequence[Placement], *, config: Config | None = None
) -> CheckReport:
    """Judge ``agenda`` against ``problem``; ``config`` gives break counting and fairness."""
    config = config or Config()
    placements = _placements_of(agenda)
    index = build_index(problem)
    violations: list[Violation] = []
    seen: dict[str, int] = defaultdict(int)
    for p in placements:
        seen[p.id] += 1
        violations += placement_rules(index=index, p=p)
    violations += [
        Violation("duplicate", f"{i} aparece {n} veces", f"{i} appears {n} times", (i,))
        for i, n in seen.items()
        if n > 1
    ]
    terms = measure(problem=problem, placements=placements, config=config)
    violations += problem_wide_rules(problem=problem, index=index, placements=placements, config=config, terms=terms)
    return CheckReport(violations=tuple(violations), terms=terms)


def _placements_of(agenda: Agenda | Result | Sequence[Placement]) -> list[Placement]:
    if isinstance(agenda, Agenda | Result):
        return list(agenda.placements)
    return list(agenda)
