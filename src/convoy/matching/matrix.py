"""Vectorised scoring: every part for all delegation × counterpart pairs at once (numpy).

Each function returns the part's values as a (delegations × counterparts) float32 matrix and
agrees with the per-pair functions of `score` (the tests check it); `total_matrix` adds
them with their weights. 5,000 × 5,000 takes seconds once embeddings are cached.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from convoy.matching.axes import profile_axes
from convoy.matching.kinds import compatibility
from convoy.matching.model import Kind, Profile, RequestIndex
from convoy.matching.parts import Weights
from convoy.matching.requests import PRIORITY_VALUES, request_value
from convoy.matching.sectors import SectorCatalog, level_value, profile_codes
from convoy.matching.texts import FLOOR

Matrix = NDArray[np.float32]
KINDS: tuple[Kind, ...] = tuple(Kind)


def sector_matrix(*, delegations: Sequence[Profile], counterparts: Sequence[Profile], catalog: SectorCatalog) -> Matrix:
    """Value of the deepest SCIAN code shared by each pair (see `sectors`)."""
    known: dict[str, tuple[str, ...]] = {}
    rows = _code_members(profiles=delegations, catalog=catalog, known=known)
    cols = _code_members(profiles=counterparts, catalog=catalog, known=known)
    out = np.zeros((len(delegations), len(counterparts)), dtype=np.float32)
    for code in sorted(rows.keys() & cols.keys(), key=level_value):
        out[np.ix_(rows[code], cols[code])] = level_value(code)
    return out


def _code_members(
    *, profiles: Sequence[Profile], catalog: SectorCatalog, known: dict[str, tuple[str, ...]]
) -> dict[str, list[int]]:
    """For every catalog code that prefixes a profile's code, the profiles that have it."""
    members: dict[str, set[int]] = {}
    for index, profile in enumerate(profiles):
        for code in profile_codes(profile):
            if code not in known:
                known[code] = _catalog_prefixes(code=code, catalog=catalog)
            for prefix in known[code]:
                members.setdefault(prefix, set()).add(index)
    return {code: sorted(indices) for code, indices in members.items()}


def _catalog_prefixes(*, code: str, catalog: SectorCatalog) -> tuple[str, ...]:
    prefixes = (code[:n] for n in range(2, len(code) + 1))
    return tuple(p for p in prefixes if level_value(p) > 0 and catalog.sector(p) is not None)


def kind_matrix(*, delegations: Sequence[Profile], counterparts: Sequence[Profile]) -> Matrix:
    """Best need↔offer compatibility in either direction (see `kinds`)."""
    forward = _best_compatibility(
        needs=_kind_incidence(delegations, need=True),
        offers=_kind_incidence(counterparts, need=False),
    )
    backward = _best_compatibility(
        needs=_kind_incidence(counterparts, need=True),
        offers=_kind_incidence(delegations, need=False),
    )
    return np.maximum(forward, backward.T)


def _kind_incidence(profiles: Sequence[Profile], *, need: bool) -> Matrix:
    out = np.zeros((len(profiles), len(KINDS)), dtype=np.float32)
    for index, profile in enumerate(profiles):
        for interest in profile.needs() if need else profile.offers():
            out[index, KINDS.index(interest.kind)] = 1.0
    return out


def _best_compatibility(*, needs: Matrix, offers: Matrix) -> Matrix:
    table = np.array([[compatibility(need=n, offer=o) for o in KINDS] for n in KINDS], dtype=np.float32)
    out = np.zeros((len(needs), len(offers)), dtype=np.float32)
    for value in sorted(set(table.flat) - {0.0}):
        reach = (needs @ (table == value).astype(np.float32)) @ offers.T
        out[reach > 0] = value
    return out


def axis_matrix(*, delegations: Sequence[Profile], counterparts: Sequence[Profile]) -> Matrix:
    """1.0 where the pair shares at least one axis."""
    axes = sorted({a for p in (*delegations, *counterparts) for a in profile_axes(p)})
    column = {axis: i for i, axis in enumerate(axes)}
    left = np.zeros((len(delegations), len(axes)), dtype=np.float32)
    right = np.zeros((len(counterparts), len(axes)), dtype=np.float32)
    for matrix, profiles in ((left, delegations), (right, counterparts)):
        for index, profile in enumerate(profiles):
            for axis in profile_axes(profile):
                matrix[index, column[axis]] = 1.0
    return ((left @ right.T) > 0).astype(np.float32)


def cosine_matrix(*, delegation_vectors: Matrix, counterpart_vectors: Matrix) -> Matrix:
    """Cosine of L2-normalised profile vectors (0 for a profile without text)."""
    return np.asarray(delegation_vectors @ counterpart_vectors.T, dtype=np.float32)


def text_matrix(*, cosine: Matrix) -> Matrix:
    value = (cosine - np.float32(FLOOR)) / np.float32(1.0 - FLOOR)
    return np.clip(value, 0.0, 1.0, out=value)


def total_matrix(
    *,
    delegations: Sequence[Profile],
    counterparts: Sequence[Profile],
    cosine: Matrix,
    catalog: SectorCatalog,
    requests: RequestIndex,
    weights: Weights,
) -> Matrix:
    """The weighted sum of all parts for every pair."""
    total = text_matrix(cosine=cosine)
    total *= np.float32(weights.text)
    if weights.sector:
        sectors = sector_matrix(delegations=delegations, counterparts=counterparts, catalog=catalog)
        total += np.float32(weights.sector) * sectors
    if weights.kind:
        kinds = kind_matrix(delegations=delegations, counterparts=counterparts)
        total += np.float32(weights.kind) * kinds
    if weights.axis:
        axes = axis_matrix(delegations=delegations, counterparts=counterparts)
        total += np.float32(weights.axis) * axes
    add_requests(
        total=total,
        delegations=delegations,
        counterparts=counterparts,
        requests=requests,
        weights=weights,
    )
    return total


def add_requests(
    *,
    total: Matrix,
    delegations: Sequence[Profile],
    counterparts: Sequence[Profile],
    requests: RequestIndex,
    weights: Weights,
) -> None:
    """Requests are few: add their parts pair by pair, in place."""
    row = {p.id: i for i, p in enumerate(delegations)}
    col = {p.id: i for i, p in enumerate(counterparts)}
    for (delegation, counterpart), pair in requests.pairs.items():
        if delegation in row and counterpart in col:
            priority = pair.top_priority()
            total[row[delegation], col[counterpart]] += np.float32(
                weights.request * request_value(pair)
                + (weights.priority * PRIORITY_VALUES[priority] if priority else 0.0)
            )
