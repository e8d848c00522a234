"""Storing a document: all-or-nothing, idempotent on natural keys, children made to match."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import translation

from convoy.exchange.document import InvalidDocumentError
from convoy.exchange.imports import import_document
from convoy.exchange.load import LoadSummary
from convoy.missions import models as m

from .conftest import row_counts, snapshot

pytestmark = pytest.mark.django_db


def counts(summary: LoadSummary, outcome: str) -> dict[str, int]:
    return {model.__name__: c[outcome] for model, c in summary.counts if c[outcome]}


def test_import_creates_every_record(document: dict[str, Any]) -> None:
    summary = import_document(document)
    assert summary.mission == "convoy-test"
    assert counts(summary, "created") == {
        "Organization": 6, "Person": 4, "Mission": 1, "Axis": 2, "Objective": 2, "Leg": 2, "Break": 1, "Venue": 2,
        "TravelTime": 2, "Delegation": 3, "Counterpart": 2, "AvailabilityWindow": 2, "Interest": 3, "Activity": 2,
        "MeetingRequest": 2,
    }  # fmt: skip
    assert row_counts() == {
        "Organization": 6, "Person": 4, "Mission": 1, "Axis": 2, "Objective": 2, "Leg": 2, "Break": 1, "Venue": 2,
        "TravelTime": 2, "Delegation": 3, "Counterpart": 2, "AvailabilityWindow": 2, "Interest": 3, "Activity": 2,
        "MeetingRequest": 2, "Delegation_legs": 3, "Delegation_members": 3, "Activity_delegations": 2,
    }  # fmt: skip


def test_stored_values_are_typed(document: dict[str, Any]) -> None:
    import_document(document)
    guadalajara = m.Organization.objects.get(key="mun-14039")
    assert (guadalajara.parent.key, guadalajara.scian_codes, guadalajara.inegi_key) == (
        "jalisco",
        ["5112", "336"],
        "14039",
    )
    netflix = m.Counterpart.objects.get(organization__key="netflix")
    assert (netflix.venue.code, netflix.contact.name, netflix.formats) == (
        "netflix-hq",
        "Dana Lee",
        ["group_session", "bilateral"],
    )
    group = m.Activity.objects.get(code="studios-working-group")
    assert (group.date, group.start, group.host, group.axis.code) == (
        dt.date(2023, 2, 27),
        dt.time(15),
        netflix,
        "creative-industries",
    )
    request = m.MeetingRequest.objects.get(delegation__organization__key="mun-14039")
    assert (request.counterpart, request.session, request.priority) == (netflix, "afternoon", "high")
    assert str(m.Objective.objects.get(code="investment").target) == "150000000.00"


def test_importing_twice_changes_nothing(document: dict[str, Any]) -> None:
    import_document(document)
    before = snapshot()
    summary = import_document(document)
    assert snapshot() == before
    assert not summary.changed
    assert counts(summary, "unchanged") == {
        "Organization": 6, "Person": 4, "Mission": 1, "Axis": 2, "Objective": 2, "Leg": 2, "Break": 1, "Venue": 2,
        "TravelTime": 2, "Delegation": 3, "Counterpart": 2, "AvailabilityWindow": 2, "Interest": 3, "Activity": 2,
        "MeetingRequest": 2,
    }  # fmt: skip


def test_a_changed_file_updates_in_place_and_children_match_it(document: dict[str, Any]) -> None:
    import_document(document)
    before = {row["code"]: row["id"] for row in snapshot()["Leg"]}
    mission = document["mission"]
    netflix = mission["counterparts"][0]
    netflix["capacity"] = 2
    netflix["availability"] = [{"date": "2023-02-28", "start": "09:00", "end": "12:00"}]
    mission["legs"][0]["breaks"] = []
    mission["delegations"][1]["interests"].pop(1)
    mission["delegations"][1]["legs"] = ["los-angeles", "san-jose"]
    summary = import_document(document)
    assert {row["code"]: row["id"] for row in snapshot()["Leg"]} == before
    assert counts(summary, "created") == {}
    assert counts(summary, "updated") == {"Delegation": 1, "Counterpart": 1, "AvailabilityWindow": 1}
    assert counts(summary, "deleted") == {"Break": 1, "AvailabilityWindow": 1, "Interest": 1}
    window = m.AvailabilityWindow.objects.get()
    assert (window.date, window.start, window.end) == (dt.date(2023, 2, 28), dt.time(9), dt.time(12))
    legs = m.Delegation.objects.get(organization__key="mun-14039").legs.order_by("code")
    assert [leg.code for leg in legs] == ["los-angeles", "san-jose"]


def test_people_of_shared_organizations_are_kept(document: dict[str, Any]) -> None:
    import_document(document)
    document["organizations"][1]["people"] = []
    document["mission"]["delegations"][1]["members"] = []
    import_document(document)
    assert m.Person.objects.filter(organization__key="mun-14039").count() == 2
    assert m.Delegation.objects.get(organization__key="mun-14039").members.count() == 0


def test_nothing_is_stored_when_any_error_exists(document: dict[str, Any]) -> None:
    document["mission"]["requests"][0]["status"] = "maybe"
    with pytest.raises(InvalidDocumentError) as raised, translation.override("en"):
        import_document(document)
    assert [str(e) for e in raised.value.errors] == [
        "mission.requests[0].status: “maybe” is not one of the allowed values: proposed, accepted, declined, "
        "withdrawn, expired."
    ]
    assert set(row_counts().values()) == {0}


def test_a_failed_import_leaves_stored_data_untouched(document: dict[str, Any]) -> None:
    import_document(document)
    before = snapshot()
    document["mission"]["title"] = "Otro título"
    document["organizations"][2]["inegi_key"] = "99999"
    with pytest.raises(InvalidDocumentError):
        import_document(document)
    assert snapshot() == before
