"""The three sample missions and their sample outcomes, stored once per test that asks for them."""

from __future__ import annotations

import pytest

from convoy.exchange.imports import import_file
from convoy.outcomes.samples import load_sample_outcomes
from convoy.samples import sample_paths


@pytest.fixture
def samples(db: None) -> None:
    for path in sample_paths():
        import_file(path)
    load_sample_outcomes()
