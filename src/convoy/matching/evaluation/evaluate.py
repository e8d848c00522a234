"""Evaluate sector-only, text-only and full scores on the labelled set.

Each delegation's labelled counterparts are ranked by a scorer; precision@3 and nDCG@5 are
averaged over delegations. The text-only scorer ranks by the raw cosine (no floor), which
is the strongest form of that baseline; the full scorer is `Weights()` as used in
production (no requests in this set).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass

from convoy.matching.embeddings import TextEncoder, profile_vectors
from convoy.matching.evaluation.dataset import EvaluationSet, load_evaluation_set
from convoy.matching.evaluation.metrics import ndcg_at, precision_at
from convoy.matching.matrix import Matrix, cosine_matrix, sector_matrix, total_matrix
from convoy.matching.model import RequestIndex
from convoy.matching.parts import Weights
from convoy.matching.sectors import SectorCatalog, reference_catalog


@dataclass(frozen=True)
class ScorerResult:
    scorer: str
    precision_at_3: float
    ndcg_at_5: float


def evaluate(
    *,
    encoder: TextEncoder,
    catalog: SectorCatalog | None = None,
    data: EvaluationSet | None = None,
    weights: Weights | None = None,
) -> tuple[ScorerResult, ...]:
    data = data if data is not None else load_evaluation_set()
    catalog = catalog if catalog is not None else reference_catalog()
    delegations, counterparts = data.delegations, data.counterparts
    cosine = cosine_matrix(
        delegation_vectors=profile_vectors(texts=[d.texts() for d in delegations], encoder=encoder),
        counterpart_vectors=profile_vectors(texts=[c.texts() for c in counterparts], encoder=encoder),
    )
    full = total_matrix(
        delegations=delegations,
        counterparts=counterparts,
        cosine=cosine,
        catalog=catalog,
        requests=RequestIndex(),
        weights=weights or Weights(),
    )
    sectors = sector_matrix(delegations=delegations, counterparts=counterparts, catalog=catalog)
    return tuple(
        score_ranking(name=name, matrix=matrix, data=data)
        for name, matrix in (("sector only", sectors), ("text only", cosine), ("full score", full))
    )


def score_ranking(*, name: str, matrix: Matrix, data: EvaluationSet) -> ScorerResult:
    row = {d.id: i for i, d in enumerate(data.delegations)}
    col = {c.id: j for j, c in enumerate(data.counterparts)}
    per_delegation: list[tuple[float, float]] = []
    for delegation in data.delegations:
        pairs = data.labelled(delegation.id)
        if not any(p.relevant for p in pairs):
            continue
        scores = [float(matrix[row[p.delegation], col[p.counterpart]]) for p in pairs]
        relevance = [p.relevant for p in pairs]
        per_delegation.append(
            (
                precision_at(3, scores=scores, relevance=relevance),
                ndcg_at(5, scores=scores, relevance=relevance),
            )
        )
    return ScorerResult(
        scorer=name,
        precision_at_3=_mean(per_delegation, lambda r: r[0]),
        ndcg_at_5=_mean(per_delegation, lambda r: r[1]),
    )


def _mean(rows: list[tuple[float, float]], pick: Callable[[tuple[float, float]], float]) -> float:
    return statistics.fmean(pick(r) for r in rows) if rows else 0.0
