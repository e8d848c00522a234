"""Meetings as the report counts them, their axes and sectors, and fairness across delegations."""

from __future__ import annotations

from collections import Counter

import pytest

from convoy.missions.models import Delegation, Mission
from convoy.outcomes.services.meetings import collect_meetings, gini, measure_fairness, meetings_per_delegation


def test_accepted_requests_and_agenda_activities_are_meetings_travel_is_not(mission: Mission) -> None:
    meetings = collect_meetings(mission=mission)
    assert Counter(m.source for m in meetings) == {"request": 5, "activity": 2}
    assert Counter(m.axis for m in meetings) == {"economic": 4, "creative": 1, "": 2}
    assert Counter(m.sector for m in meetings) == {"31-33": 4, "81": 1, "51": 1, "": 1}


def test_an_activity_without_a_list_is_for_every_delegation_of_its_leg(mission: Mission) -> None:
    per_delegation = meetings_per_delegation(mission=mission, meetings=collect_meetings(mission=mission))
    by_key = {Delegation.objects.get(pk=pk).organization.key: n for pk, n in per_delegation.items()}
    assert by_key == {"mun-14039": 3, "mun-14120": 2, "mun-31050": 3, "edo-14": 2, "emp-demo": 2}


def test_fairness_figures(mission: Mission) -> None:
    per_delegation = meetings_per_delegation(mission=mission, meetings=collect_meetings(mission=mission))
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


def test_gini_is_zero_for_equal_counts_and_grows_with_concentration() -> None:
    assert gini([4, 4, 4]) == 0.0
    assert gini([0, 0, 0, 12]) == pytest.approx(0.75)
    assert gini([]) == 0.0
