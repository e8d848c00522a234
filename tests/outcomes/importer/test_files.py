"""Importing outcome files: every error located, nothing stored on error, the same file twice is harmless."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import translation

from convoy.missions.models import Mission
from convoy.outcomes.importer.files import OutcomeFileError, import_document, import_outcomes
from convoy.outcomes.importer.validate import InvalidOutcomesError
from convoy.outcomes.importer.workbook_layout import write_workbook
from convoy.outcomes.models import Claim, Conversion, Figure, FollowUp, Outcome, Project, StageTransition
from convoy.outcomes.services.money import Policy

from ..factory import outcome_document


def counts() -> dict[str, int]:
    models = (Project, Outcome, StageTransition, Figure, Conversion, Claim, FollowUp)
    return {model.__name__: model.objects.count() for model in models}


def errors_of(document: object, *, lang: str = "en") -> list[tuple[str, str]]:
    with translation.override(lang), pytest.raises(InvalidOutcomesError) as error:
        import_document(document=document, policy=Policy())
    return list(error.value.issues)


@pytest.fixture(autouse=True)
def english() -> object:
    """Messages are checked in English (the msgids); one test checks the Spanish catalog."""
    with translation.override("en"):
        yield


def test_a_valid_document_is_stored_with_its_conversions(mission: Mission) -> None:
    summary = import_document(document=outcome_document(), policy=Policy())
    assert (summary.mission, summary.projects, summary.outcomes_created, summary.outcomes_updated) == (
        "mini-convoy",
        2,
        9,
        0,
    )
    assert counts() == {
        "Project": 2,
        "Outcome": 9,
        "StageTransition": 16,
        "Figure": 15,
        "Conversion": 18,  # nine money figures, each in USD and MXN
        "Claim": 8,
        "FollowUp": 3,
    }
    outcome = Outcome.objects.get(key="acme-by-state")
    assert (outcome.stage, outcome.project.key, outcome.request.counterpart.organization.key) == (
        "realized",
        "acme-plant",
        "acme",
    )
    assert Outcome.objects.get(key="studio-group").members.count() == 4


def test_importing_the_same_document_twice_leaves_the_same_records(mission: Mission) -> None:
    import_document(document=outcome_document(), policy=Policy())
    before = counts()
    summary = import_document(document=outcome_document(), policy=Policy())
    assert (summary.outcomes_created, summary.outcomes_updated) == (0, 9)
    assert counts() == before


def test_every_error_is_reported_with_its_place_and_nothing_is_stored(mission: Mission) -> None:
    document = outcome_document()
    document["outcomes"][0]["figures"][0]["currency"] = "XYZ"
    document["outcomes"][1]["stages"][1]["date"] = "2023-01-01"
    document["outcomes"][2]["figures"][0]["value"] = "1500000000.5"
    document["outcomes"][3]["figures"].append(
        {"measure": "investment", "status": "expected", "value": "1", "date": "2023-03-20", "currency": "USD"}
    )
    document["outcomes"][4]["members"].append("nobody")
    document["outcomes"][5]["stages"][1].pop("reason")
    document["outcomes"][6]["meeting"] = {"activity": "plenary"}
    document["outcomes"][7]["colour"] = "blue"
    found = errors_of(document)
    assert [place for place, _message in found] == [
        "outcomes[0].figures[0].currency",
        "outcomes[1].stages[1].stage",
        "outcomes[2].figures[0].value",
        "outcomes[3].figures[1].measure",
        "outcomes[4].members[4]",
        "outcomes[5].stages[1].stage",
        "outcomes[6].forecast",
        "outcomes[7].colour",
    ]
    messages = dict(found)
    assert messages["outcomes[0].figures[0].currency"] == "“XYZ” is not a currency with ECB reference rates."
    assert messages["outcomes[2].figures[0].value"] == "JPY has 0 decimal places; 1500000000.5 has more."
    assert messages["outcomes[3].figures[1].measure"].startswith("An agreement's value is its headline value")
    assert messages["outcomes[5].stages[1].stage"] == "A lost outcome needs a reason."
    assert counts() == dict.fromkeys(counts(), 0)


def test_references_to_the_mission_are_checked(mission: Mission) -> None:
    document = outcome_document()
    document["outcomes"][0]["meeting"] = {"delegation": "mun-14039", "counterpart": "studio"}
    document["outcomes"][2]["project"] = "unknown-plant"
    document["projects"][0]["location"] = "acme"
    found = dict(errors_of(document))
    assert found == {
        "projects[0].location": "A project lands in a Mexican municipality or state, not in “acme”.",
        "outcomes[0].meeting.counterpart": "The mission has no meeting request of “mun-14039” with “studio”.",
        "outcomes[2].project": "There is no project “unknown-plant” in this file or stored.",
    }


def test_an_unknown_mission_and_format_are_reported(db: None) -> None:
    found = dict(errors_of({"format": "convoy-mission", "version": 2, "mission": "nowhere"}))
    assert found == {
        "format": "This is not a Convoy outcomes document: “format” must be “convoy-outcomes”.",
        "version": "Version “2” of the outcomes document is not supported (use 1).",
        "mission": "There is no mission “nowhere”; import the mission first.",
    }


def test_a_realized_figure_needs_a_realized_stage(mission: Mission) -> None:
    document = outcome_document()
    document["outcomes"][0]["figures"].append(
        {"measure": "jobs", "status": "realized", "jobs_kind": "new", "value": "10", "date": "2024-01-01"}
    )
    assert dict(errors_of(document)) == {
        "outcomes[0].figures[2].status": (
            "A realized figure needs the outcome to reach the stage “realized” (with evidence)."
        )
    }


def test_json_files_are_read_and_bad_ones_refused(mission: Mission, tmp_path: Path) -> None:
    path = tmp_path / "outcomes.json"
    path.write_text(json.dumps(outcome_document(), ensure_ascii=False), encoding="utf-8")
    assert import_outcomes(path=path).outcomes_created == 9
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(OutcomeFileError) as error:
        import_outcomes(path=broken)
    assert str(error.value).endswith(
        "is not valid JSON: Expecting property name enclosed in double quotes at line 1, column 2."
    )
    with pytest.raises(OutcomeFileError):
        import_outcomes(path=tmp_path / "outcomes.csv")


def test_a_workbook_reads_like_the_document(mission: Mission, tmp_path: Path) -> None:
    path = tmp_path / "outcomes.xlsx"
    write_workbook(document=outcome_document(), path=path)
    summary = import_outcomes(path=path)
    assert (summary.outcomes_created, summary.figures, summary.conversions) == (9, 15, 18)
    assert Figure.objects.get(outcome__key="nihon-plant", measure="investment").value == Decimal(1_500_000_000)
    assert sorted(Outcome.objects.get(key="studio-group").members.values_list("key", flat=True)) == [
        "edo-14",
        "mun-14039",
        "mun-31050",
        "studio",
    ]


def test_workbook_errors_point_at_sheet_row_and_column(mission: Mission, tmp_path: Path) -> None:
    document = outcome_document()
    document["outcomes"][2]["figures"][0]["currency"] = "XYZ"
    document["outcomes"][5]["stages"][1].pop("reason")
    path = tmp_path / "outcomes.xlsx"
    write_workbook(document=document, path=path)
    with pytest.raises(InvalidOutcomesError) as error:
        import_outcomes(path=path)
    assert list(error.value.issues) == [
        ("sheet “figures”, row 8, column “currency”", "“XYZ” is not a currency with ECB reference rates."),
        ("sheet “stages”, row 12, column “stage”", "A lost outcome needs a reason."),
    ]
    assert Outcome.objects.count() == 0


def test_messages_follow_the_interface_language(mission: Mission) -> None:
    document = outcome_document()
    document["outcomes"][0]["figures"][0]["currency"] = "XYZ"
    document["outcomes"][5]["stages"][1].pop("reason")
    assert errors_of(document, lang="es") == [
        ("outcomes[0].figures[0].currency", "“XYZ” no es una moneda con tipos de cambio de referencia del BCE."),
        ("outcomes[5].stages[1].stage", "Una oportunidad perdida necesita un motivo."),
    ]
