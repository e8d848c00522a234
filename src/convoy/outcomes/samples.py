"""Load the sample outcomes (``convoy demo`` calls this after loading the sample missions)."""

from __future__ import annotations

from convoy.outcomes.importer.files import import_outcomes
from convoy.outcomes.importer.load import LoadSummary
from convoy.outcomes.services.money import Policy
from convoy.samples.outcomes import sample_outcome_paths


def load_sample_outcomes(*, policy: Policy | None = None) -> list[LoadSummary]:
    """Import the sample outcome files; the three sample missions must be stored already."""
    return [import_outcomes(path=path, policy=policy) for path in sample_outcome_paths()]
