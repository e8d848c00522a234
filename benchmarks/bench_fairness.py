"""The fairness floor and diminishing returns: before (linear value, no floor) against the
defaults (floor 1, min(2W, W + 2)) and floor 2, on the California sample and a generated
mission, every figure from ``check``.

The California problem is built from the sample in a child process on a fresh SQLite
database (Django stays out of this process)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import replace

from convoy.planning.check import check
from convoy.planning.check_terms import candidates_by_delegation
from convoy.planning.config import Config, Segment
from convoy.planning.generate_convoy import ConvoySpec, generate_convoy
from convoy.planning.problem import Problem
from convoy.planning.serialize import problem_from_json
from convoy.planning.solve import solve

TITLE = "Agenda optimizer: fairness floor"
SECONDS = 10.0
BEFORE = Config(time_limit=SECONDS, soft_floor=0, returns=(Segment(offset=0, slope=1),))
SETTINGS = (
    ("before: linear value, no floor", BEFORE),
    ("floor 1, min(2W, W + 2) (default)", Config(time_limit=SECONDS)),
    ("floor 2, min(2W, W + 2)", Config(time_limit=SECONDS, soft_floor=2)),
)
CHILD = """
import django, sys
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from convoy.exchange.imports import import_file
from convoy.missions.models import Mission
from convoy.samples import sample_paths
from convoy.agenda.services.build_problem import build_problem
from convoy.planning.serialize import problem_to_json
for path in sample_paths():
    slug = import_file(path).mission
    if slug == "convoy-california-2023":
        sys.stdout.write(problem_to_json(build_problem(mission=Mission.objects.get(slug=slug)).problem))
"""


def california() -> Problem:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CONVOY_DB": f"{tmp}/bench.sqlite3", "DJANGO_SETTINGS_MODULE": "convoy.settings"}
        out = subprocess.run([sys.executable, "-c", CHILD], env=env, check=True, capture_output=True, text=True)
    return problem_from_json(out.stdout)


def gini(values: list[int]) -> float:
    ordered, n, total = sorted(values), len(values), sum(values)
    if not total:
        return 0.0
    return sum((2 * i - n + 1) * x for i, x in enumerate(ordered)) / (n * total)


def row(problem: Problem, label: str, config: Config) -> str:
    result = solve(problem, config)
    terms = check(problem, result, config=replace(config, soft_floor=1)).terms
    served = [terms.per_delegation[d] for d, n in candidates_by_delegation(problem=problem).items() if n > 0]
    value = result.tier("value")
    assert value is not None, "every solved result has a value tier"
    return (
        f"| {label} | {terms.meetings_placed} | {terms.weighted} | {sum(1 for n in served if n == 0)} "
        f"| {terms.worst_off} | {gini(served):.3f} | {terms.floor_shortfall_total} "
        f"| {'yes' if value.value == value.bound else 'no'} | {terms.breaks_total} |"
    )


def run() -> str:
    instances = (
        ("California sample (`convoy-california-2023`)", california()),
        (
            "generated: 40 delegations, 10 counterparts, 2 days of 8 slots, 4 candidates each",
            generate_convoy(
                ConvoySpec(
                    delegations=40,
                    counterparts=10,
                    legs=1,
                    days_per_leg=2,
                    slots=8,
                    candidates=4,
                    mandatory_share=0.1,
                    group_sessions_per_leg=1,
                    venues_per_leg=2,
                ),
                seed=1,
            ),
        ),
    )
    lines = [
        f"Each setting solved once with {SECONDS:g} s; judged by `check`. Delegations with 0 and the Gini "
        "coefficient of activities per delegation count delegations with candidates; the shortfall is "
        "against a floor of 1 for every row.",
        "",
    ]
    for name, problem in instances:
        lines += [
            f"**{name}** ({len(problem.meetings)} candidate meetings)",
            "",
            "| setting | placed | weighted | delegations with 0 | worst-off | Gini | shortfall (floor 1) "
            "| value proven | breaks |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        lines += [row(problem, label, config) for label, config in SETTINGS]
        lines.append("")
    return "\n".join(lines)
