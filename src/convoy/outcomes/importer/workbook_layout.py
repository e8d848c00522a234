"""Sheets and columns of the outcomes workbook, and writing a document as a workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

SHEETS: dict[str, tuple[str, ...]] = {
    "projects": ("key", "name", "investor", "location", "scian_codes", "synthetic", "provenance"),
    "outcomes": (
        "key",
        "kind",
        "title",
        "language",
        "activity",
        "delegation",
        "counterpart",
        "leg",
        "project",
        "project_type",
        "forecast",
        "description",
        "synthetic",
        "provenance",
    ),
    "stages": ("outcome", "stage", "date", "evidence", "reason"),
    "figures": ("outcome", "measure", "status", "jobs_kind", "value", "currency", "date", "estimated", "source"),
    "claims": ("outcome", "organization", "role"),
    "members": ("outcome", "organization"),
    "follow_ups": ("outcome", "task", "language", "owner", "person", "due", "done", "synthetic", "provenance"),
}
CHILD_SHEETS = ("stages", "figures", "claims", "members", "follow_ups")
MEETING = ("activity", "delegation", "counterpart", "leg")
BOOLEANS = frozenset({"synthetic", "forecast", "estimated"})


def place(sheet: str, row: int, column: str) -> str:
    return _("sheet “%(sheet)s”, row %(row)d, column “%(column)s”") % {"sheet": sheet, "row": row, "column": column}


def write_workbook(*, document: dict[str, Any], path: Path) -> None:
    """Write an outcome document (as in a JSON file) as a workbook that reads back the same."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    about = book.add_worksheet("about")
    for row, name in enumerate(("format", "version", "mission")):
        about.write_row(row, 0, [name, document.get(name)])
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in SHEETS}
    tables["projects"] = [
        {**p, "scian_codes": ", ".join(p.get("scian_codes", []))} for p in document.get("projects", [])
    ]
    for outcome in document.get("outcomes", []):
        flat = {k: v for k, v in outcome.items() if k not in (*CHILD_SHEETS, "meeting")}
        tables["outcomes"].append({**flat, **(outcome.get("meeting") or {})})
        for sheet in CHILD_SHEETS:
            for child in outcome.get(sheet, []):
                fields = {"organization": child} if sheet == "members" else child
                tables[sheet].append({"outcome": outcome["key"], **fields})
    for name, columns in SHEETS.items():
        sheet = book.add_worksheet(name)
        sheet.write_row(0, 0, columns)
        for row, record in enumerate(tables[name], start=1):
            sheet.write_row(row, 0, [_shown(record.get(column)) for column in columns])
    book.close()


def _shown(value: Any) -> Any:
    return "" if value is None else value
