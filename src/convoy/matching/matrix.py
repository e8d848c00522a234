"""Vectorised scoring: every part for all delegation × counterpart pairs at once (numpy).

Each function returns the part's values as a (delegations × counterparts) float32 matrix and
agrees with the per-pair functions of `score` (the tests check it); `total_matrix` adds
them with their weights. 5,000 × 5,000 takes seconds once embeddings are cached.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

import numpy as np
from numpy.typing import NDArray

from convoy.matching.kinds import compatibility
from convoy.matching.model import Kind, Profile, RequestIndex
from convoy.matching.parts import Weights
from convoy.matching.requests import PRIORITY_VALUES, request_value
from convoy.matching.sectors import SectorCatalog, level_value
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
        for code in profile.scian_codes:
            if code not in known:
                known[code] = _catalog_prefixes(code=code, catalog=catalog)
            for prefix in known[code]:
                members.setdefault(prefix, set()).add(index)
    return {code: sorted(indices) for code, indices in members.items()}


def _catalog_prefixes(*, code: str, catalog: SectorCatalog) -> tuple[str, ...]:
    prefixes = (code[:n] for n in range(2, len(code) + 1))
    return tuple(p for p in prefixes if level_value(p) > 0 and catalog.sector(p) is not None)


def kind_matrix(*, delegations: Sequence[Profile], counterparts: Sequence[Profile]) -> Matrix:
    """Best need↔offer compatibility in either direction (see `kinds`).

    Profiles with the same (needs, offers) kinds share a signature; the value is computed
    once per pair of signatures and then gathered into the full matrix.
    """
    left, rows = _signatures([_kinds(p) for p in delegations])
    right, cols = _signatures([_kinds(p) for p in counterparts])
    forward = _best_compatibility(
        needs=_kind_incidence([needs for needs, _ in left]),
        offers=_kind_incidence([offers for _, offers in right]),
    )
    backward = _best_compatibility(
        needs=_kind_incidence([needs for needs, _ in right]),
        offers=_kind_incidence([offers for _, offers in left]),
    )
    return _gather(np.maximum(forward, backward.T), rows=rows, cols=cols)


def _kinds(profile: Profile) -> tuple[frozenset[Kind], frozenset[Kind]]:
    return frozenset(i.kind for i in profile.needs()), frozenset(i.kind for i in profile.offers())


Key = TypeVar("Key", bound=Hashable)


def _signatures(keys: list[Key]) -> tuple[list[Key], NDArray[np.intp]]:
    """The distinct keys (first-seen order) and, for each input, the index of its key."""
    index: dict[Key, int] = {}
    positions = np.fromiter((index.setdefault(k, len(index)) for k in keys), dtype=np.intp, count=len(keys))
    return list(index), positions


def _gather(table: Matrix, *, rows: NDArray[np.intp], cols: NDArray[np.intp]) -> Matrix:
    return np.take(np.take(table, rows, axis=0), cols, axis=1)


def _kind_incidence(kind_sets: list[frozenset[Kind]]) -> Matrix:
    out = np.zeros((len(kind_sets), len(KINDS)), dtype=np.float32)
    for index, kinds in enumerate(kind_sets):
        for kind in kinds:
            out[index, KINDS.index(kind)] = 1.0
    return out


def _best_compatibility(*, needs: Matrix, offers: Matrix) -> Matrix:
    table = np.array([[compatibility(need=n, offer=o) for o in KINDS] for n in KINDS], dtype=np.float32)
    out = np.zeros((len(needs), len(offers)), dtype=np.float32)
    for value in sorted(set(table.flat) - {0.0}):
        reach = (needs @ (table == value).astype(np.float32)) @ offers.T
        out[reach > 0] = value
    return out


def axis_matrix(*, delegations: Sequence[Profile], counterparts: Sequence[Profile]) -> Matrix:
    """1.0 where the pair shares at least one axis (computed per distinct set of axes)."""
    left, rows = _signatures([frozenset(p.axes) for p in delegations])
    right, cols = _signatures([frozenset(p.axes) for p in counterparts])
    table = np.array([[1.0 if a & b else 0.0 for b in right] for a in left], dtype=np.float32)
    return _gather(table.reshape(len(left), len(right)), rows=rows, cols=cols)


def cosine_matrix(*, delegation_vectors: Matrix, counterpart_vectors: Matrix) -> Matrix:
    """Cosine of L2-normalised profile vectors (0 for a profile without text)."""
    return np.asarray(delegation_vectors @ counterpart_vectors.T, dtype=np.float32)


def text_matrix(*, cosine: Matrix) -> Matrix:
    """clip((cosine − floor) / (1 − floor), 0, 1), in one new array."""
    value = np.multiply(cosine, np.float32(1.0 / (1.0 - FLOOR)), dtype=np.float32)
    value -= np.float32(FLOOR / (1.0 - FLOOR))
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
        _add(total, weights.sector, sector_matrix(delegations=delegations, counterparts=counterparts, catalog=catalog))
    if weights.kind:
        _add(total, weights.kind, kind_matrix(delegations=delegations, counterparts=counterparts))
    if weights.axis:
        _add(total, weights.axis, axis_matrix(delegations=delegations, counterparts=counterparts))
    add_requests(
        total=total,
        delegations=delegations,
        counterparts=counterparts,
        requests=requests,
        weights=weights,
    )
    return total


def _add(total: Matrix, weight: float, part: Matrix) -> None:
    """total += weight × part, reusing the part's memory."""
    part *= np.float32(weight)
    total += part


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
