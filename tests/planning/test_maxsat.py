from __future__ import annotations

import pytest

from convoy.planning.b2b import b2b_config, to_problem
from convoy.planning.check import check
from convoy.planning.config import Config
from convoy.planning.generate import B2BSpec, generate_b2b
from convoy.planning.solve import solve

from .factory import pair_problem
from .test_solve import brute_force_breaks


@pytest.mark.parametrize("seed", [5, 6])
def test_rc2_reaches_the_brute_force_optimum(seed):
    spec = B2BSpec(n_business=6, n_meetings=6, n_slots=4, n_tables=2, restricted_share=0.3, forbidden_share=0.3)
    instance = generate_b2b(spec, seed=seed)
    problem = to_problem(instance)
    config = Config(backend="maxsat", fairness=None, time_limit=10.0)
    result = solve(problem, config)
    assert result.status == "optimal"
    assert result.solver == "pysat-rc2"
    report = check(problem, result, config=config)
    assert report.violations == ()
    assert report.terms.breaks_total == result.objective[-1].value == brute_force_breaks(instance, fairness=None)


def test_rc2_and_cpsat_agree_on_a_generated_event():
    problem = to_problem(generate_b2b(B2BSpec(n_business=16, n_meetings=36, n_slots=6, n_tables=8), seed=4))
    config = b2b_config(fairness=None, time_limit=10.0)
    rc2 = solve(problem, Config(backend="maxsat", fairness=None, time_limit=10.0))
    cpsat = solve(problem, config)
    assert (rc2.status, cpsat.status) == ("optimal", "optimal")
    assert rc2.objective[-1].value == cpsat.objective[-1].value


def test_rc2_refuses_what_it_does_not_model():
    with pytest.raises(ValueError, match="maxsat backend"):
        solve(pair_problem(meetings=()), Config(backend="maxsat", fairness=2))
