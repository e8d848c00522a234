"""The sample missions import idempotently and export back to the very same files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convoy.exchange.document import dumps
from convoy.exchange.export import export_mission
from convoy.exchange.imports import import_file
from convoy.missions import models as m
from convoy.samples import sample_paths

from .conftest import clear_database, snapshot

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", sample_paths(), ids=lambda path: path.stem)
def test_sample_imports_twice_without_change_and_round_trips(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    summary = import_file(path)
    assert summary.mission == json.loads(text)["mission"]["slug"]
    before = snapshot()
    assert not import_file(path).changed
    assert snapshot() == before
    exported = dumps(export_mission(m.Mission.objects.get(slug=summary.mission)))
    assert exported == text
    clear_database()
    import_file(path)
    assert dumps(export_mission(m.Mission.objects.get(slug=summary.mission))) == exported


def test_all_samples_share_organizations_without_conflict() -> None:
    for path in sample_paths():
        import_file(path)
    before = snapshot()
    for path in sample_paths():
        assert not import_file(path).changed
    assert snapshot() == before
    assert m.Mission.objects.count() == 3
