from __future__ import annotations

import pytest

from convoy.matching.fairness import gini, report_fairness
from convoy.matching.model import Profile


def test_gini_hand_computed() -> None:
    assert gini([2, 2, 2]) == 0.0
    assert gini([0, 0, 3, 3]) == 0.5  # 8 ordered pairs differ by 3: 24 / (2 * 4 * 6)
    assert gini([0, 0, 0, 4]) == 0.75
    assert gini([1, 2, 3]) == pytest.approx(2 / 9)
    assert gini([]) == 0.0
    assert gini([0, 0]) == 0.0


def test_report_counts_meetings_and_small_municipality_seats() -> None:
    delegations = [
        Profile(id="gdl", name="Guadalajara"),
        Profile(id="mer", name="Mérida"),
        Profile(id="tla", name="Tlaxcala", small=True),
        Profile(id="pq", name="Municipio pequeño", small=True),
    ]
    report = report_fairness(
        delegations=delegations,
        meetings=[("gdl", "a"), ("gdl", "b"), ("gdl", "c"), ("mer", "a"), ("tla", "b")],
        seats=[("tla", "netflix"), ("gdl", "netflix"), ("pq", "disney"), ("mer", "disney")],
        floors={"gdl": 2, "mer": 2, "tla": 2, "pq": 2},
    )
    assert report.delegations == 4
    assert report.min_meetings == 0
    assert report.median_meetings == 1.0
    assert report.gini == pytest.approx(18 / 40)  # counts 3,1,1,0: ordered |diffs| sum 18
    assert report.without_meetings == 1
    assert (report.marquee_seats, report.small_marquee_seats) == (4, 2)
    assert report.small_share_of_marquee_seats == 0.5
    assert report.below_floor == ("mer", "tla", "pq")
    assert report.summary().es == (
        "Reuniones candidatas por delegación: mínimo 0, mediana 1; Gini 0.45; asientos con "
        "contrapartes destacadas para municipios pequeños: 50%; delegaciones bajo el piso: 3"
    )
    assert report.summary().en == (
        "Candidate meetings per delegation: minimum 0, median 1; Gini 0.45; marquee seats "
        "going to small municipalities: 50%; delegations below the floor: 3"
    )


def test_no_seats_no_share() -> None:
    report = report_fairness(delegations=[], meetings=[], seats=[], floors={})
    assert report.small_share_of_marquee_seats is None
    assert (report.min_meetings, report.median_meetings) == (0, 0.0)
    assert report.summary().en.endswith(
        "marquee seats going to small municipalities: no seats; delegations below the floor: 0"
    )
