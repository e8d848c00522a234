"""Export is canonical: export → import into an empty database → export is identical."""

from __future__ import annotations

import json
from typing import Any

import pytest

from convoy.exchange.document import dumps
from convoy.exchange.export import export_mission
from convoy.exchange.imports import import_document
from convoy.missions import models as m

from .conftest import clear_database
from .documents import small_document

pytestmark = pytest.mark.django_db


def exported(slug: str = "convoy-test") -> str:
    return dumps(export_mission(m.Mission.objects.get(slug=slug)))


def test_export_of_a_canonical_document_gives_it_back_byte_for_byte(document: dict[str, Any]) -> None:
    import_document(document)
    assert exported() == dumps(document)


def test_json_round_trip_through_an_empty_database_is_exact(document: dict[str, Any]) -> None:
    import_document(document)
    first = exported()
    clear_database()
    assert m.Organization.objects.count() == 0
    import_document(json.loads(first))
    assert exported() == first


def test_export_sorts_lists_and_formats_values(document: dict[str, Any]) -> None:
    mission = document["mission"]
    mission["legs"].reverse()
    mission["delegations"][1]["members"].reverse()
    document["organizations"].reverse()
    mission["objectives"][0]["target"] = 150000000
    mission["legs"][1]["venues"][0]["latitude"] = 34.0536
    import_document(document)
    text = exported()
    assert text == dumps(small_document())
    assert '"target": "150000000.00"' in text and '"latitude": "34.053600"' in text
    assert text.endswith("}\n") and "Económico" in text


def test_export_includes_the_organizations_referred_to_and_their_parents(document: dict[str, Any]) -> None:
    import_document(document)
    m.Organization.objects.create(key="unrelated", name="Unrelated", kind="company", country="US")
    doc = export_mission(m.Mission.objects.get())
    assert [o["key"] for o in doc["organizations"]] == ["jalisco", "mun-14039", "mun-14098", "netflix", "sjsu", "sre"]
    assert list(doc) == ["format", "version", "organizations", "mission"]
