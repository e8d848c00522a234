"""Outcome documents as Excel workbooks: one sheet per kind of record, a header row each.

Sheet ``about`` holds ``format``, ``version`` and ``mission`` (name in column A, value in B).
Child records (stages, figures, claims, members, follow-ups) name their outcome's key in an
``outcome`` column. Reading gives the JSON document plus, for every path in it, the sheet,
row and column it came from, so that errors point at cells.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from convoy.outcomes.importer.workbook_layout import BOOLEANS, CHILD_SHEETS, MEETING, SHEETS, place

Places = dict[tuple[str | int, ...], str]
Row = tuple[dict[str, Any], Callable[[str], str]]
FALSE, TRUE = frozenset({"false", "no", "0"}), frozenset({"true", "yes", "sí", "si", "1"})


def read_workbook(path: Path) -> tuple[dict[str, Any], Places, list[tuple[str, str]]]:
    """The document, the place of each path in it, and problems found while reading."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    problems: list[tuple[str, str]] = []
    places: Places = {}
    document: dict[str, Any] = dict(_about(book))
    rows = {name: _rows(book=book, sheet=name, problems=problems) for name in SHEETS}
    document["projects"] = [_record(row, places, ("projects", i)) for i, row in enumerate(rows["projects"])]
    outcomes: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for i, (values, locate) in enumerate(rows["outcomes"]):
        record = _record(({k: v for k, v in values.items() if k not in MEETING}, locate), places, ("outcomes", i))
        meeting = {k: v for k, v in values.items() if k in MEETING}
        if meeting:
            record["meeting"] = _record((meeting, locate), places, ("outcomes", i, "meeting"))
        outcomes.append(record)
        index.setdefault(str(values.get("key", "")), i)
    for sheet in CHILD_SHEETS:
        for values, locate in rows[sheet]:
            owner = str(values.get("outcome", ""))
            if owner not in index:
                problems.append(
                    (locate("outcome"), _("There is no outcome “%(key)s” in the sheet “outcomes”.") % {"key": owner})
                )
                continue
            i = index[owner]
            children = outcomes[i].setdefault(sheet, [])
            where = ("outcomes", i, sheet, len(children))
            if sheet == "members":
                places[where] = locate("organization")
                children.append(values.get("organization"))
            else:
                fields = {k: v for k, v in values.items() if k != "outcome"}
                children.append(_record((fields, locate), places, where))
    document["outcomes"] = outcomes
    return document, places, problems


def _about(book: Any) -> dict[str, Any]:
    if "about" not in book.sheetnames:
        return {}
    found = {}
    for line in book["about"].iter_rows(values_only=True):
        if line and line[0] in ("format", "version", "mission") and len(line) > 1:
            value = line[1]
            found[line[0]] = int(value) if isinstance(value, float) and value.is_integer() else value
    return found


def _rows(*, book: Any, sheet: str, problems: list[tuple[str, str]]) -> list[Row]:
    if sheet not in book.sheetnames:
        return []
    lines = list(book[sheet].iter_rows(values_only=True))
    if not lines:
        return []
    header = [str(title).strip() if title is not None else "" for title in lines[0]]
    for title in header:
        if title and title not in SHEETS[sheet]:
            problems.append((place(sheet, 1, title), _("Unknown column “%(name)s”.") % {"name": title}))
    found: list[Row] = []
    for number, line in enumerate(lines[1:], start=2):
        values = {
            title: _cell(title, value)
            for title, value in zip(header, line, strict=False)
            if title in SHEETS[sheet] and value not in (None, "")
        }
        if values:
            found.append((values, _locator(sheet, number)))
    return found


def _locator(sheet: str, number: int) -> Callable[[str], str]:
    return lambda column: place(sheet, number, column)


def _cell(title: str, value: Any) -> Any:
    if title in BOOLEANS and isinstance(value, str):
        lowered = value.strip().lower()
        return True if lowered in TRUE else False if lowered in FALSE else value
    if title == "scian_codes":
        return [part.strip() for part in str(value).split(",") if part.strip()]
    return value


def _record(row: Row, places: Places, path: tuple[str | int, ...]) -> dict[str, Any]:
    values, locate = row
    first = next(iter(values), "")
    places[path] = locate(first)
    for key in values:
        places[(*path, key)] = locate(key)
    return dict(values)
