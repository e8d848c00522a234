"""Ranking metrics with ties handled in expectation.

When several candidates share a score their order is arbitrary, so each position of a tied
group receives the group's mean gain (the expected gain under a random order; McSherry &
Najork, ECIR 2008). A scorer that gives everyone 0 thus scores the base rate, not the luck
of the input order.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def expected_gains(*, scores: Sequence[float], relevance: Sequence[bool]) -> list[float]:
    """Gain per rank position (best score first), tied groups averaged."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    gains: list[float] = []
    start = 0
    while start < len(order):
        end = start
        while end < len(order) and scores[order[end]] == scores[order[start]]:
            end += 1
        group = [1.0 if relevance[i] else 0.0 for i in order[start:end]]
        gains += [sum(group) / len(group)] * len(group)
        start = end
    return gains


def precision_at(k: int, *, scores: Sequence[float], relevance: Sequence[bool]) -> float:
    gains = expected_gains(scores=scores, relevance=relevance)
    return sum(gains[:k]) / k


def ndcg_at(k: int, *, scores: Sequence[float], relevance: Sequence[bool]) -> float:
    gains = expected_gains(scores=scores, relevance=relevance)
    ideal = sorted((1.0 if r else 0.0 for r in relevance), reverse=True)
    best = _dcg(ideal[:k])
    return _dcg(gains[:k]) / best if best > 0 else 0.0


def _dcg(gains: Sequence[float]) -> float:
    return sum(g / math.log2(rank + 2) for rank, g in enumerate(gains))
