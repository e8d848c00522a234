"""Fixtures of the outcomes tests: the small mission, stored with its outcomes."""

from __future__ import annotations

import pytest

from convoy.missions.models import Mission
from convoy.outcomes.importer.files import import_document
from convoy.outcomes.services.money import Policy

from .factory import make_mission, outcome_document


@pytest.fixture
def mission(db: None) -> Mission:
    return make_mission()


@pytest.fixture
def stored(mission: Mission) -> Mission:
    """The small mission with the outcome document imported."""
    import_document(document=outcome_document(), policy=Policy())
    return mission


@pytest.fixture
def samples(db: None) -> None:
    """The three sample missions and their sample outcomes."""
    from convoy.exchange.imports import import_file
    from convoy.outcomes.samples import load_sample_outcomes
    from convoy.samples import sample_paths

    for path in sample_paths():
        import_file(path)
    load_sample_outcomes()
