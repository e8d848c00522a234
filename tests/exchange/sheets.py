"""Helpers to build, edit and read workbooks in tests (openpyxl), addressing cells by header."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from django.utils import translation

from convoy.exchange.document import InvalidDocumentError
from convoy.exchange.imports import import_workbook
from convoy.exchange.workbook_write import write_workbook


def make_workbook(path: Path, document: dict[str, Any] | None) -> Path:
    write_workbook(path, document)
    return path


def edit(path: Path, changes: dict[tuple[str, int, str], Any]) -> None:
    """Set cells given as (sheet, row, header) → value; None empties the cell."""
    book = openpyxl.load_workbook(path)
    for (sheet, row, header), value in changes.items():
        ws = book[sheet]
        headers = [cell.value for cell in ws[1]]
        ws.cell(row=row, column=headers.index(header) + 1).value = value
    book.save(path)


def column_values(path: Path, sheet: str, header: str) -> list[Any]:
    ws = openpyxl.load_workbook(path)[sheet]
    headers = [cell.value for cell in ws[1]]
    index = headers.index(header)
    return [row[index] for row in ws.iter_rows(min_row=2, values_only=True)]


def workbook_errors(path: Path, *, language: str = "en") -> list[str]:
    """The errors of importing ``path`` as shown to a person (place: message)."""
    with translation.override(language):
        try:
            import_workbook(path)
        except InvalidDocumentError as error:
            return [str(found) for found in error.errors]
    return []
