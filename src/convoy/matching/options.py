"""Options: the delegation–counterpart pairs the allocation may turn into meetings or seats.

An option joins a pair's score (from a suggestion) with its requests. Options are ranked
the same way everywhere: requested pairs first (must, then high, then normal; mutual before
one-sided), then by score, then by counterpart id so that runs are reproducible.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from convoy.matching.model import (
    PRIORITY_ORDER,
    Override,
    OverrideKind,
    Priority,
    Request,
    index_requests,
)
from convoy.matching.score import Suggestion


@dataclass(frozen=True)
class Option:
    delegation: str
    counterpart: str
    weight: float
    priority: Priority | None = None
    mutual: bool = False

    @property
    def requested(self) -> bool:
        return self.priority is not None

    def request_tier(self) -> int:
        """0 for a plain suggestion; 1 (normal, one-sided) up to 6 (must, mutual)."""
        if self.priority is None:
            return 0
        return 1 + 2 * (len(PRIORITY_ORDER) - 1 - PRIORITY_ORDER.index(self.priority)) + int(self.mutual)

    def rank_key(self) -> tuple[int, float, str]:
        return (-self.request_tier(), -self.weight, self.counterpart)


def build_options(
    *,
    suggestions: Sequence[Suggestion],
    requests: Sequence[Request],
    overrides: Sequence[Override],
    delegation_ids: Sequence[str],
    counterpart_ids: set[str],
) -> dict[str, list[Option]]:
    """Ranked options per delegation (in the given order); `never` pairs and unknown
    participants are dropped."""
    never = {(o.delegation, o.counterpart) for o in overrides if o.kind is OverrideKind.NEVER}
    index = index_requests(requests=tuple(requests), delegation_ids=set(delegation_ids))
    weights = {(s.delegation, s.counterpart): s.total for s in suggestions}
    pairs = dict.fromkeys([*weights, *index.pairs])
    options: dict[str, list[Option]] = {d: [] for d in delegation_ids}
    for delegation, counterpart in pairs:
        if (delegation, counterpart) in never or delegation not in options:
            continue
        if counterpart not in counterpart_ids:
            continue
        asked = index.get(delegation=delegation, counterpart=counterpart)
        options[delegation].append(
            Option(
                delegation=delegation,
                counterpart=counterpart,
                weight=weights.get((delegation, counterpart), 0.0),
                priority=asked.top_priority(),
                mutual=asked.mutual,
            )
        )
    for ranked in options.values():
        ranked.sort(key=Option.rank_key)
    return options
