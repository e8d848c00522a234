"""Saved B2B instances replayed as regressions with their proven optimal break counts.

The 58x210 instance is replayed by the benchmark (it takes a few seconds); the others here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convoy.planning.b2b import b2b_config, to_problem
from convoy.planning.check import check
from convoy.planning.dzn import read_dzn
from convoy.planning.solve import solve

HERE = Path(__file__).parent / "instances"
OPTIMA = json.loads((HERE / "optima.json").read_text())
QUICK = ["b2b-42x125-s1", "b2b-30x90-s4-tight"]


@pytest.mark.parametrize("name", QUICK)
def test_saved_instance_reaches_its_proven_optimum(name):
    instance = read_dzn((HERE / f"{name}.dzn").read_text(), name=name)
    config = b2b_config(fairness=OPTIMA[name]["fairness"], time_limit=20.0)
    problem = to_problem(instance)
    result = solve(problem, config)
    report = check(problem, result, config=config)
    assert report.violations == ()
    assert result.status == "optimal"
    assert report.terms.breaks_total == result.objective[-1].value == OPTIMA[name]["breaks"]
    assert report.terms.meetings_placed == len(instance.requested)


def test_every_saved_instance_has_a_recorded_optimum():
    assert sorted(p.stem for p in HERE.glob("*.dzn")) == sorted(OPTIMA)
