"""Suggestions for a mission: score every pair, keep each delegation's best, explain them.

`suggest` is the entry point the Django side calls (`convoy match MISSION`). It never raises
because the text model is missing: the result then carries a bilingual warning and the text
part is 0 everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from convoy.matching.embeddings import TextEncoder, profile_vectors
from convoy.matching.matrix import Matrix, cosine_matrix, total_matrix
from convoy.matching.messages import Message
from convoy.matching.model import Override, OverrideKind, Profile, Request, index_requests
from convoy.matching.parts import Weights
from convoy.matching.score import ScoringContext, Suggestion, score_pair
from convoy.matching.sectors import SectorCatalog, reference_catalog


@dataclass(frozen=True)
class MatchResult:
    """Suggestions ranked per delegation (best first), and warnings to show the organizer."""

    suggestions: tuple[Suggestion, ...]
    warnings: tuple[Message, ...] = ()

    def for_delegation(self, delegation: str) -> tuple[Suggestion, ...]:
        return tuple(s for s in self.suggestions if s.delegation == delegation)


def suggest(
    *,
    delegations: Sequence[Profile],
    counterparts: Sequence[Profile],
    encoder: TextEncoder,
    catalog: SectorCatalog | None = None,
    requests: Sequence[Request] = (),
    overrides: Sequence[Override] = (),
    weights: Weights | None = None,
    top: int = 5,
) -> MatchResult:
    """Each delegation's `top` best counterparts, plus every requested or must-meet pair.

    Pairs the organizer marked `never` are left out; a pair needs a positive score to be
    suggested unless it was requested or imposed.
    """
    context = ScoringContext(
        catalog=catalog if catalog is not None else reference_catalog(),
        weights=weights or Weights(),
        requests=index_requests(requests=tuple(requests), delegation_ids={d.id for d in delegations}),
    )
    left = profile_vectors(texts=[d.texts() for d in delegations], encoder=encoder)
    right = profile_vectors(texts=[c.texts() for c in counterparts], encoder=encoder)
    cosine = cosine_matrix(delegation_vectors=left, counterpart_vectors=right)
    total = total_matrix(
        delegations=delegations,
        counterparts=counterparts,
        cosine=cosine,
        catalog=context.catalog,
        requests=context.requests,
        weights=context.weights,
    )
    chosen = choose_pairs(
        total=total,
        delegations=delegations,
        counterparts=counterparts,
        forced=_forced_pairs(context=context, overrides=overrides),
        banned=_never_pairs(overrides),
        top=top,
    )
    suggestions = tuple(
        score_pair(
            delegation=delegations[i],
            counterpart=counterparts[j],
            cosine=float(cosine[i, j]),
            context=context,
        )
        for i, j in chosen
    )
    warnings = (encoder.warning,) if encoder.warning is not None else ()
    return MatchResult(suggestions=suggestions, warnings=warnings)


def choose_pairs(
    *,
    total: Matrix,
    delegations: Sequence[Profile],
    counterparts: Sequence[Profile],
    forced: set[tuple[str, str]],
    banned: set[tuple[str, str]],
    top: int,
) -> list[tuple[int, int]]:
    """(row, column) pairs per delegation, best total first, ties by counterpart id."""
    if not counterparts:
        return []
    width = min(top, len(counterparts))
    best = np.argpartition(-total, width - 1, axis=1)[:, :width] if width else None
    column = {c.id: j for j, c in enumerate(counterparts)}
    forced_by: dict[str, set[int]] = {}
    for d, c in forced:
        if c in column:
            forced_by.setdefault(d, set()).add(column[c])
    chosen: list[tuple[int, int]] = []
    for i, delegation in enumerate(delegations):
        columns = {int(j) for j in best[i] if total[i, j] > 0} if best is not None else set()
        columns |= forced_by.get(delegation.id, set())
        columns = {j for j in columns if (delegation.id, counterparts[j].id) not in banned}
        ranked = sorted(columns, key=lambda j: (-float(total[i, j]), counterparts[j].id))
        chosen.extend((i, j) for j in ranked)
    return chosen


def _forced_pairs(*, context: ScoringContext, overrides: Sequence[Override]) -> set[tuple[str, str]]:
    must = {(o.delegation, o.counterpart) for o in overrides if o.kind is OverrideKind.MUST_MEET}
    return must | set(context.requests.pairs)


def _never_pairs(overrides: Sequence[Override]) -> set[tuple[str, str]]:
    return {(o.delegation, o.counterpart) for o in overrides if o.kind is OverrideKind.NEVER}
