from __future__ import annotations

from collections import Counter

from convoy.matching.evaluation.dataset import load_evaluation_set
from convoy.matching.model import Language
from convoy.reference import scian


def test_at_least_sixty_labelled_pairs_with_reasons_and_sources() -> None:
    data = load_evaluation_set()
    assert len(data.pairs) == 91
    assert Counter(p.relevant for p in data.pairs) == {True: 44, False: 47}
    assert len({(p.delegation, p.counterpart) for p in data.pairs}) == len(data.pairs)
    for pair in data.pairs:
        assert pair.reason.strip()
        assert pair.source == "synthetic" or pair.source.startswith("https://")


def test_every_delegation_has_matches_and_non_matches() -> None:
    data = load_evaluation_set()
    for delegation in data.delegations:
        labels = {p.relevant for p in data.labelled(delegation.id)}
        assert labels == {True, False}, delegation.id


def test_profiles_in_both_languages_with_catalog_codes() -> None:
    data = load_evaluation_set()
    profiles = (*data.delegations, *data.counterparts)
    languages = Counter(i.language for p in profiles for i in p.interests)
    assert set(languages) == {Language.ES, Language.EN}
    codes = {c for p in profiles for i in p.interests for c in i.scian}
    assert sorted(c for c in codes if scian.sector(c) is None) == []
    assert {p.id for p in profiles if p.small} == {"pq"}
    assert all(data.sources[p.id] for p in profiles)
