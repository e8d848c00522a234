"""The workbook: template layout, export → import round trip, and errors at sheet/row/column."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from convoy.exchange.document import dumps
from convoy.exchange.export import export_mission
from convoy.exchange.files import export_file
from convoy.exchange.imports import import_document, import_workbook
from convoy.missions import models as m
from convoy.samples import sample_paths

from .conftest import clear_database, row_counts, snapshot
from .sheets import column_values, edit, make_workbook, workbook_errors

SHEET_NAMES = [
    "Instrucciones", "Misión", "Ejes", "Objetivos", "Etapas", "Pausas", "Sedes", "Traslados", "Organizaciones",
    "Personas", "Delegaciones", "Contrapartes", "Disponibilidad", "Intereses", "Actividades", "Solicitudes",
]  # fmt: skip


def test_template_has_a_sheet_per_entity_with_bilingual_headers(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(make_workbook(tmp_path / "template.xlsx", None))
    assert book.sheetnames == SHEET_NAMES
    delegations = book["Delegaciones"]
    assert [cell.value for cell in delegations[1]] == [
        "Organización / Organization", "Etapas / Legs", "Integrantes / Members", "Agendas paralelas / Parallel tracks",
        "Prioridad / Priority", "Sintético / Synthetic", "Fuente / Source",
    ]  # fmt: skip
    assert [cell.value for cell in book["Intereses"][1]][:2] == [
        "Organización / Organization", "Etapa (solo contrapartes) / Leg (counterparts only)",
    ]  # fmt: skip
    assert delegations.freeze_panes == "A2"
    assert delegations.max_row == 1
    assert delegations.column_dimensions["A"].width > 10
    assert delegations["A1"].comment.text.startswith("Organización / Organization\nObligatorio")


def test_every_enumeration_has_a_drop_down_list(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(make_workbook(tmp_path / "template.xlsx", None))
    lists = {
        (sheet, str(v.sqref).split(":")[0]): v.formula1
        for sheet in ("Delegaciones", "Organizaciones", "Solicitudes")
        for v in book[sheet].data_validations.dataValidation
    }
    assert lists[("Delegaciones", "E2")] == '"must,high,normal"'
    assert lists[("Delegaciones", "F2")] == '"sí,no"'
    assert lists[("Organizaciones", "C2")] == (
        '"municipality,state,federal_agency,company,chamber,cluster,investor,university,foreign_government,'
        'consulate,think_tank,cooperation_agency,association,other"'
    )
    assert lists[("Solicitudes", "J2")] == '"morning,afternoon,any"'
    assert len(book["Solicitudes"].data_validations.dataValidation) == 6  # 5 enumerations and yes/no


def test_instructions_explain_the_workbook_in_both_languages(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(make_workbook(tmp_path / "template.xlsx", None))["Instrucciones"]
    texts = [cell for row in ws.iter_rows(values_only=True) for cell in row if cell]
    assert "Cómo se usa" in texts and "How to use it" in texts
    assert "Delegaciones / Delegations" in texts


def test_export_writes_rows_under_their_parents(tmp_path: Path, document: dict[str, Any]) -> None:
    path = make_workbook(tmp_path / "mission.xlsx", document)
    assert column_values(path, "Pausas", "Etapa / Leg") == ["los-angeles"]
    assert column_values(path, "Intereses", "Organización / Organization") == ["mun-14039", "mun-14039", "netflix"]
    assert column_values(path, "Intereses", "Etapa (solo contrapartes) / Leg (counterparts only)") == [
        None, None, "los-angeles",
    ]  # fmt: skip
    assert column_values(path, "Delegaciones", "Integrantes / Members") == [
        "Ana Ruiz", "Luz Vega; Pablo Lemus", None,
    ]  # fmt: skip
    assert column_values(path, "Organizaciones", "Clave INEGI / INEGI key")[:3] == ["14", "14039", "14098"]
    assert column_values(path, "Objetivos", "Meta / Target") == [150000000, None]


@pytest.mark.django_db
def test_workbook_round_trip_gives_the_same_json(tmp_path: Path, document: dict[str, Any]) -> None:
    import_document(document)
    original = dumps(export_mission(m.Mission.objects.get()))
    export_file(m.Mission.objects.get(), tmp_path / "mission.xlsx")
    clear_database()
    summary = import_workbook(tmp_path / "mission.xlsx")
    assert summary.mission == "convoy-test"
    assert dumps(export_mission(m.Mission.objects.get())) == original


@pytest.mark.django_db
def test_importing_the_same_workbook_twice_changes_nothing(tmp_path: Path, document: dict[str, Any]) -> None:
    path = make_workbook(tmp_path / "mission.xlsx", document)
    import_workbook(path)
    before = snapshot()
    assert not import_workbook(path).changed
    assert snapshot() == before


@pytest.mark.django_db
def test_sample_workbook_round_trip_and_idempotency(tmp_path: Path) -> None:
    path = sample_paths()[0]
    text = path.read_text(encoding="utf-8")
    workbook = make_workbook(tmp_path / "sample.xlsx", json.loads(text))
    import_workbook(workbook)
    before = snapshot()
    assert not import_workbook(workbook).changed
    assert snapshot() == before
    assert dumps(export_mission(m.Mission.objects.get())) == text


def planted(tmp_path: Path, document: dict[str, Any]) -> Path:
    """The small mission's workbook with five errors planted in it."""
    document["mission"]["requests"].pop(1)  # nothing else refers to SJSU's counterpart
    path = make_workbook(tmp_path / "planted.xlsx", document)
    edit(path, {
        ("Organizaciones", 4, "Clave INEGI / INEGI key"): "14999",  # wrong INEGI key (San Pedro Tlaquepaque)
        ("Organizaciones", 7, "Nombre / Name"): None,  # missing required field
        ("Delegaciones", 2, "Prioridad / Priority"): "urgent",  # unknown enumeration value
        ("Contrapartes", 3, "Etapa / Leg"): "sacramento",  # a counterpart in a city not on the itinerary
        ("Disponibilidad", 2, "Fecha / Date"): "2023-02-30",  # impossible date
    })  # fmt: skip
    return path


@pytest.mark.django_db
def test_five_planted_errors_are_reported_with_their_places_and_nothing_is_stored(
    tmp_path: Path, document: dict[str, Any]
) -> None:
    assert workbook_errors(planted(tmp_path, document)) == [
        "sheet “Organizaciones”, row 4, column “Clave INEGI / INEGI key”: “14999” is not an INEGI municipality key. "
        "Did you mean San Pedro Tlaquepaque (14098)?",
        "sheet “Organizaciones”, row 7, column “Nombre / Name”: This field is required.",
        "sheet “Delegaciones”, row 2, column “Prioridad / Priority”: “urgent” is not one of the allowed values: "
        "must, high, normal.",
        "sheet “Contrapartes”, row 3, column “Etapa / Leg”: The leg “sacramento” is not on the mission's itinerary "
        "(legs: los-angeles, san-jose).",
        "sheet “Disponibilidad”, row 2, column “Fecha / Date”: “2023-02-30” is not a valid date (YYYY-MM-DD).",
    ]
    assert set(row_counts().values()) == {0}


@pytest.mark.django_db
def test_a_child_row_under_an_unknown_parent(tmp_path: Path, document: dict[str, Any]) -> None:
    path = make_workbook(tmp_path / "mission.xlsx", document)
    edit(path, {("Pausas", 2, "Etapa / Leg"): "tokyo", ("Intereses", 4, "Organización / Organization"): "stanford",
                ("Personas", 3, "Organización / Organization"): None})  # fmt: skip
    assert workbook_errors(path) == [
        "sheet “Pausas”, row 2, column “Etapa / Leg”: There is no row with “tokyo” in the sheet “Etapas”.",
        "sheet “Personas”, row 3, column “Organización / Organization”: This field is required.",
        "sheet “Delegaciones”, row 3, column “Integrantes / Members”: “Luz Vega” is not a person of the organization "
        "“mun-14039”.",
        "sheet “Intereses”, row 4, column “Etapa (solo contrapartes) / Leg (counterparts only)”: There is no row "
        "with “stanford / los-angeles” in the sheet “Contrapartes”.",
    ]


@pytest.mark.django_db
def test_a_missing_sheet_or_column_stops_before_validation(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "template.xlsx", None)
    book = openpyxl.load_workbook(path)
    del book["Sedes"]
    book["Etapas"]["C1"] = "Población"
    book.save(path)
    assert workbook_errors(path) == [
        "sheet “Etapas”, row 1: Unknown column “Población”.",
        "sheet “Etapas”, row 1: The column “Ciudad / City” is missing.",
        "sheet “Sedes”: The sheet “Sedes” is missing.",
    ]


@pytest.mark.django_db
def test_the_empty_template_has_no_mission(tmp_path: Path) -> None:
    assert workbook_errors(make_workbook(tmp_path / "template.xlsx", None)) == [
        "sheet “Misión”, row 2: The sheet “Misión” has no mission row.",
    ]


@pytest.mark.django_db
def test_a_second_mission_row_is_an_error(tmp_path: Path, document: dict[str, Any]) -> None:
    path = make_workbook(tmp_path / "mission.xlsx", document)
    edit(path, {("Misión", 3, "Identificador / Identifier"): "otra"})
    assert workbook_errors(path) == ["sheet “Misión”, row 3: A workbook holds one mission: only row 2 is read."]


@pytest.mark.django_db
def test_headers_may_be_written_in_one_language(tmp_path: Path, document: dict[str, Any]) -> None:
    path = make_workbook(tmp_path / "mission.xlsx", document)
    book = openpyxl.load_workbook(path)
    book["Ejes"]["A1"], book["Ejes"]["B1"] = "Code", "nombre en español"
    book.save(path)
    assert workbook_errors(path) == []
