"""Shared fixtures of the matching tests: the SCIAN fixture and one real encoder."""

from __future__ import annotations

import pytest

from convoy.matching.embeddings import TextEncoder

from .scian_fixture import CATALOG, FixtureCatalog


@pytest.fixture
def catalog() -> FixtureCatalog:
    return CATALOG


@pytest.fixture(scope="session")
def encoder() -> TextEncoder:
    """The real multilingual model, loaded once per test session (about a second)."""
    return TextEncoder()
