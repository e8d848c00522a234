from __future__ import annotations

import pytest

from convoy.matching.model import PairRequests, Priority, Request, index_requests
from convoy.matching.parts import PartName
from convoy.matching.requests import score_priority, score_request


def test_mutual_request_is_above_one_sided() -> None:
    mutual = score_request(
        requests=PairRequests(by_delegation=Priority.NORMAL, by_counterpart=Priority.HIGH),
        weight=0.4,
    )
    one_sided = score_request(requests=PairRequests(by_counterpart=Priority.MUST), weight=0.4)
    assert mutual.name is PartName.REQUEST
    assert (mutual.value, mutual.contribution) == (1.0, 0.4)
    assert (one_sided.value, one_sided.contribution) == (0.5, 0.2)
    assert mutual.explanation.es == "ambas partes pidieron reunirse"
    assert mutual.explanation.en == "both sides asked to meet"
    assert one_sided.explanation.es == "la contraparte pidió la reunión"
    delegation_only = score_request(requests=PairRequests(by_delegation=Priority.HIGH), weight=1)
    assert delegation_only.explanation.en == "the delegation asked for the meeting"


def test_no_request_is_zero() -> None:
    part = score_request(requests=PairRequests(), weight=1)
    assert (part.value, part.explanation.en) == (0.0, "")
    assert score_priority(requests=PairRequests(), weight=1).value == 0.0


@pytest.mark.parametrize(
    ("priority", "value", "es", "en"),
    [
        (Priority.MUST, 1.0, "prioridad indispensable", "must-meet priority"),
        (Priority.HIGH, 0.6, "prioridad alta", "high priority"),
        (Priority.NORMAL, 0.2, "prioridad normal", "normal priority"),
    ],
)
def test_priority_values(priority: Priority, value: float, es: str, en: str) -> None:
    part = score_priority(requests=PairRequests(by_delegation=priority), weight=0.2)
    assert part.name is PartName.PRIORITY
    assert (part.value, part.explanation.es, part.explanation.en) == (value, es, en)


def test_highest_priority_of_the_pair_counts() -> None:
    pair = PairRequests(by_delegation=Priority.NORMAL, by_counterpart=Priority.HIGH)
    assert score_priority(requests=pair, weight=1).value == 0.6


def test_index_requests_folds_both_directions_and_duplicates() -> None:
    index = index_requests(
        requests=[
            Request(requester="mer", requested="uber", priority=Priority.NORMAL),
            Request(requester="uber", requested="mer", priority=Priority.HIGH),
            Request(requester="mer", requested="uber", priority=Priority.MUST),
            Request(requester="slp", requested="netflix"),
        ],
        delegation_ids={"mer", "slp"},
    )
    assert index.get(delegation="mer", counterpart="uber") == PairRequests(
        by_delegation=Priority.MUST, by_counterpart=Priority.HIGH
    )
    assert index.get(delegation="slp", counterpart="netflix").mutual is False
    assert index.get(delegation="slp", counterpart="uber") == PairRequests()
