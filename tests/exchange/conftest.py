"""Fixtures of the exchange tests: a small document, and a snapshot of every stored row."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import models

from convoy.exchange.load import SUMMARY_MODELS
from convoy.missions import models as m

from .documents import small_document

THROUGH_TABLES: tuple[type[models.Model], ...] = (
    m.Delegation.legs.through,
    m.Delegation.members.through,
    m.Activity.delegations.through,
)


@pytest.fixture
def document() -> dict[str, Any]:
    return small_document()


def snapshot() -> dict[str, list[dict[str, Any]]]:
    """Every row of every mission table, primary keys included, in primary-key order."""
    return {
        model.__name__: list(model._default_manager.order_by("pk").values())
        for model in (*SUMMARY_MODELS, *THROUGH_TABLES)
    }


def row_counts() -> dict[str, int]:
    return {name: len(rows) for name, rows in snapshot().items()}


def clear_database() -> None:
    """Empty the mission tables (missions first: organizations are protected by them)."""
    m.Mission.objects.all().delete()
    m.Organization.objects.all().delete()
