"""How fairly the meetings reached the delegations."""

from __future__ import annotations

import pytest

from convoy.missions.models import Mission
from convoy.outcomes.services.fairness import gini, measure_fairness, meetings_per_delegation
from convoy.outcomes.services.meetings import collect_meetings

from ..factory import publish_agenda


def test_fairness_figures_of_the_agreed_meetings(mission: Mission) -> None:
    per_delegation = meetings_per_delegation(mission=mission, meetings=collect_meetings(mission=mission).items)
    fairness = measure_fairness(mission=mission, per_delegation=per_delegation)
    assert (fairness.delegations, fairness.served, fairness.minimum, fairness.median, fairness.maximum) == (
        5,
        5,
        2,
        2.0,
        3,
    )
    assert fairness.gini == pytest.approx(0.1)
    assert (fairness.small, fairness.small_served) == (1, 1)


def test_fairness_figures_of_the_published_agenda(mission: Mission) -> None:
    publish_agenda(mission)
    per_delegation = meetings_per_delegation(mission=mission, meetings=collect_meetings(mission=mission).items)
    fairness = measure_fairness(mission=mission, per_delegation=per_delegation)
    # counts 1, 2, 2, 3, 3: Gini = (−4·1 −2·2 + 0·2 + 2·3 + 4·3) / (5 · 11) = 10 / 55
    assert (fairness.minimum, fairness.median, fairness.maximum) == (1, 2.0, 3)
    assert fairness.gini == pytest.approx(10 / 55)


def test_gini_is_zero_for_equal_counts_and_grows_with_concentration() -> None:
    assert gini([4, 4, 4]) == 0.0
    assert gini([0, 0, 0, 12]) == pytest.approx(0.75)
    assert gini([]) == 0.0
