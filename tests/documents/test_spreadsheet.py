"""Excel agendas read back with openpyxl: a sheet per day, frozen headers, filters, import-workbook names."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from convoy.documents.spreadsheet import HEADERS, delegation_workbook, mission_workbook

from .example import MISSION, example_programme, meeting_key


def read(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def rows(sheet) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_mission_workbook_has_a_sheet_per_day_with_every_activity() -> None:
    programme = example_programme()
    book = read(mission_workbook(programme=programme))
    assert book.sheetnames == ["2023-02-27 los-angeles", "2023-02-28 los-angeles", "2023-03-02 tokyo"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:U{sheet.max_row}"
        assert [c.value for c in sheet[1]] == list(HEADERS)
    codes = [r["Código / Code"] for s in book.worksheets for r in rows(s)]
    assert sorted(str(c) for c in codes) == sorted(a.key for a in programme.activities)


def test_cells_are_dates_and_local_times_with_mexico_city_beside() -> None:
    book = read(mission_workbook(programme=example_programme()))
    tokyo = rows(book["2023-03-02 tokyo"])[0]
    assert tokyo["Fecha / Date"] == dt.datetime(2023, 3, 2)
    assert tokyo["Inicio / Start"] == dt.time(10, 0)
    assert tokyo["Fin / End"] == dt.time(11, 0)
    assert tokyo["Inicio (CDMX) / Start (Mexico City)"] == dt.time(19, 0)
    assert tokyo["Fecha (CDMX) / Date (Mexico City)"] == dt.datetime(2023, 3, 1)
    assert tokyo["Zona horaria / Time zone"] == "Asia/Tokyo"
    assert tokyo["Sede / Venue"] == "tokyo-forum"
    assert tokyo["Contraparte / Counterpart"] == "tachi-s"
    assert tokyo["Nombre de la contraparte / Counterpart name"] == "タチエス (Tachi-S)"
    assert tokyo["Duración (minutos) / Duration (minutes)"] == 60


def test_delegation_workbook_keeps_to_the_delegation() -> None:
    book = read(delegation_workbook(programme=example_programme(), delegation="mun-14039"))
    assert book.sheetnames == ["2023-02-27 los-angeles", "2023-02-28 los-angeles"]
    first, second = (rows(s) for s in book.worksheets)
    assert [r["Código / Code"] for r in first] == [
        f"{MISSION}/activity/bass-reception",
        meeting_key("mun-14039", "netflix", "los-angeles"),
    ]
    group = second[1]
    assert group["Delegaciones / Delegations"] == "mun-14039"
    assert group["Asisten / Attending"] == "Jorge Muestra Núñez"
    netflix = first[1]
    assert netflix["Motivo / Reason"] == "Atraer producción audiovisual a Jalisco; ampliar la oferta de locaciones."
    assert netflix["Afinidad / Match"] == (
        "Sector compartido: industrias fílmicas (5121) / Shared sector: film industries (5121)"
    )
    text = " ".join(str(v) for s in book.worksheets for row in s.iter_rows(values_only=True) for v in row)
    assert "edo-01" not in text and "Aguascalientes" not in text and "Diana" not in text


def test_overlapping_headers_match_the_import_workbook_labels() -> None:
    labels = pytest.importorskip("convoy.exchange.workbook_layout").LABELS
    shared = {
        "code",
        "leg",
        "date",
        "start",
        "end",
        "duration_minutes",
        "time_zone",
        "kind",
        "title",
        "venue",
        "address",
        "delegations",
        "counterpart",
        "reason",
    }
    from convoy.documents.spreadsheet import COLUMNS

    ours = {name: f"{es} / {en}" for name, es, en, _ in COLUMNS}
    assert {name: ours[name] for name in shared} == {name: " / ".join(labels[name]) for name in shared}
