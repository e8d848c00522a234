from __future__ import annotations

import math

import pytest

from convoy.matching.evaluation.metrics import expected_gains, ndcg_at, precision_at

SCORES = [0.9, 0.5, 0.5, 0.1, 0.0]
RELEVANCE = [False, True, False, True, False]


def test_tied_positions_share_the_mean_gain() -> None:
    assert expected_gains(scores=SCORES, relevance=RELEVANCE) == [0.0, 0.5, 0.5, 1.0, 0.0]


def test_precision_at_3_by_hand() -> None:
    assert precision_at(3, scores=SCORES, relevance=RELEVANCE) == pytest.approx(1 / 3)
    assert precision_at(1, scores=[1.0, 0.0], relevance=[True, False]) == 1.0


def test_ndcg_at_5_by_hand() -> None:
    dcg = 0.5 / math.log2(3) + 0.5 / math.log2(4) + 1.0 / math.log2(5)
    ideal = 1.0 + 1.0 / math.log2(3)
    assert ndcg_at(5, scores=SCORES, relevance=RELEVANCE) == pytest.approx(dcg / ideal)


def test_perfect_and_constant_rankings() -> None:
    assert ndcg_at(5, scores=[3, 2, 1], relevance=[True, True, False]) == 1.0
    # All tied: every position gets the base rate (2 of 4 relevant).
    assert precision_at(3, scores=[0, 0, 0, 0], relevance=[True, False, True, False]) == 0.5
    assert ndcg_at(5, scores=[1, 0], relevance=[False, False]) == 0.0
