"""Read a filled-in workbook (openpyxl) into a mission document, remembering where each row was."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from django.utils.translation import gettext as _
from openpyxl.utils.exceptions import InvalidFileException

from convoy.exchange.document import FORMAT, VERSION, ExchangeFileError
from convoy.exchange.document import Path as DocPath
from convoy.exchange.workbook_cells import read_cell
from convoy.exchange.workbook_layout import SHEETS, Column, Sheet, parent_key_columns
from convoy.exchange.workbook_place import Place, PlaceMap


@dataclass
class WorkbookContent:
    document: dict[str, Any]
    places: PlaceMap = field(default_factory=PlaceMap)
    issues: list[tuple[Place, str]] = field(default_factory=list)
    blocking: bool = False  # a sheet or column is missing: the document is not worth validating

    def locate(self, path: DocPath) -> Place:
        return self.places.locate(path)


@dataclass
class _Row:
    number: int
    values: dict[str, Any]
    path: DocPath = ()


def read_workbook(path: Path) -> WorkbookContent:
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, TypeError):
        raise ExchangeFileError(
            _("%(path)s is not an Excel workbook (.xlsx) or it is damaged.") % {"path": path}
        ) from None
    try:
        content = WorkbookContent(document={"format": FORMAT, "version": VERSION})
        tables = {sheet.name: _read_sheet(book, sheet, content) for sheet in SHEETS}
    finally:
        book.close()
    if not content.blocking:
        _assemble(tables, content)
    return content


def _read_sheet(book: Any, sheet: Sheet, content: WorkbookContent) -> list[_Row]:
    if sheet.name not in book.sheetnames:
        content.issues.append((Place(sheet=sheet), _("The sheet “%(sheet)s” is missing.") % {"sheet": sheet.name}))
        content.blocking = True
        return []
    rows = book[sheet.name].iter_rows(values_only=True)
    columns = _read_header(sheet, next(rows, ()), content)
    table = []
    for number, cells in enumerate(rows, start=2):
        values = {}
        for column, cell in zip(columns, cells, strict=False):
            value = read_cell(column.field.kind, cell, name=column.field.name) if column else None
            if value is not None:
                values[column.field.name] = value  # type: ignore[union-attr]
        if values:
            table.append(_Row(number=number, values=values))
    return table


def _read_header(sheet: Sheet, cells: tuple[Any, ...], content: WorkbookContent) -> list[Column | None]:
    columns: list[Column | None] = []
    for cell in cells:
        text = " ".join(str(cell).split()).casefold() if cell is not None else ""
        found = next(
            (c for c in sheet.columns if text in {c.header.casefold(), c.es.casefold(), c.en.casefold()}), None
        )
        if text and found is None:
            content.issues.append((Place(sheet=sheet, row=1), _("Unknown column “%(column)s”.") % {"column": cell}))
            content.blocking = True
        columns.append(found)
    for column in sheet.columns:
        if column not in columns and (column.field.required or column in parent_key_columns(sheet)):
            content.issues.append(
                (Place(sheet=sheet, row=1), _("The column “%(column)s” is missing.") % {"column": column.header})
            )
            content.blocking = True
    return columns


def _assemble(tables: dict[str, list[_Row]], content: WorkbookContent) -> None:
    """Put every row in its place in the document, child rows under their parent row."""
    document = content.document
    for sheet in SHEETS:
        rows = tables[sheet.name]
        if sheet.single:
            _place_mission(sheet, rows, content)
        elif sheet.list_path:
            target = document.setdefault(sheet.list_path[0], {}) if len(sheet.list_path) > 1 else document
            records = target.setdefault(sheet.list_path[-1], [])
            for row in rows:
                row.path = (*sheet.list_path, len(records))
                records.append(row.values)
                content.places.rows[row.path] = (sheet, row.number)
        else:
            for row in rows:
                _place_child(sheet, row, tables, content)


def _place_mission(sheet: Sheet, rows: list[_Row], content: WorkbookContent) -> None:
    if not rows:
        content.issues.append(
            (Place(sheet=sheet, row=2), _("The sheet “%(sheet)s” has no mission row.") % {"sheet": sheet.name})
        )
        content.blocking = True
        return
    rows[0].path = ("mission",)
    content.document["mission"] = rows[0].values
    content.places.rows[("mission",)] = (sheet, rows[0].number)
    for extra in rows[1:]:
        content.issues.append(
            (Place(sheet=sheet, row=extra.number), _("A workbook holds one mission: only row 2 is read."))
        )


def _place_child(sheet: Sheet, row: _Row, tables: dict[str, list[_Row]], content: WorkbookContent) -> None:
    keys = parent_key_columns(sheet)
    candidates = [p for p in sheet.parents if all(row.values.get(c.field.name) for c in keys[: len(p.keys)])]
    if not candidates:
        empty = next(c for c in keys if not row.values.get(c.field.name))
        content.issues.append(
            (Place(sheet=sheet, row=row.number, column=empty.field.name), _("This field is required."))
        )
        return
    parent = max(candidates, key=lambda p: len(p.keys))
    wanted = tuple(row.values.get(c.field.name) for c in keys[: len(parent.keys)])
    found = next(
        (p for p in tables[parent.sheet] if tuple(p.values.get(k) for k in parent.keys) == wanted and p.path), None
    )
    if found is None:
        message = _("There is no row with “%(key)s” in the sheet “%(sheet)s”.") % {
            "key": " / ".join(str(v) for v in wanted),
            "sheet": parent.sheet,
        }
        content.issues.append(
            (Place(sheet=sheet, row=row.number, column=keys[len(parent.keys) - 1].field.name), message)
        )
        return
    children = found.values.setdefault(parent.child, [])
    row.path = (*found.path, parent.child, len(children))
    children.append({k: v for k, v in row.values.items() if k not in {c.field.name for c in keys}})
    content.places.rows[row.path] = (sheet, row.number)
