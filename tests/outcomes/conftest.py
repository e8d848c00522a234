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
