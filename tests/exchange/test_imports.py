"""Files that are not mission documents get a clear message, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.utils import translation

from convoy.exchange.document import ExchangeFileError, InvalidDocumentError
from convoy.exchange.imports import import_file


def failure(path: Path) -> str:
    with translation.override("en"), pytest.raises(ExchangeFileError) as raised:
        import_file(path)
    return str(raised.value)


def test_only_json_and_xlsx_files(tmp_path: Path) -> None:
    path = tmp_path / "mission.xls"
    path.write_bytes(b"old excel")
    assert failure(path) == f"{path}: the file must end in .json / .xlsx (this one ends in “.xls”)."


def test_a_missing_file(tmp_path: Path) -> None:
    assert failure(tmp_path / "nowhere.json") == f"{tmp_path / 'nowhere.json'}: there is no such file."


def test_a_json_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "convoy-mission",\n  "version": 1,,\n}\n', encoding="utf-8")
    assert (
        failure(path)
        == f"{path} is not valid JSON: Expecting property name enclosed in double quotes at line 3, column 16."
    )


def test_text_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"title": "Misión"}'.encode("latin-1"))
    assert failure(path) == f"{path} is not UTF-8 text."


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really a zip", b"name,kind\nx,y\n"])
def test_a_corrupt_workbook(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "mission.xlsx"
    path.write_bytes(content)
    assert failure(path) == f"{path} is not an Excel workbook (.xlsx) or it is damaged."


@pytest.mark.django_db
def test_a_json_file_is_validated_with_paths(tmp_path: Path, document: dict[str, Any]) -> None:
    document["mission"]["legs"][0]["time_zone"] = "PST"
    path = tmp_path / "mission.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with translation.override("en"), pytest.raises(InvalidDocumentError) as raised:
        import_file(path)
    assert [str(e) for e in raised.value.errors] == [
        "mission.legs[0].time_zone: “PST” is not an IANA time zone (e.g. America/Los_Angeles)."
    ]
