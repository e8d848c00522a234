"""Places in a workbook (sheet, row, column) and the map from document paths to them."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from convoy.exchange.document import Path
from convoy.exchange.workbook_layout import SHEETS, Sheet, sheet_named


@dataclass(frozen=True)
class Place:
    sheet: Sheet
    row: int | None = None
    column: str | None = None  # the column's field name

    @property
    def order(self) -> tuple[int, int, int]:
        columns = [c.field.name for c in self.sheet.columns]
        col = columns.index(self.column) if self.column in columns else -1
        return SHEETS.index(self.sheet), self.row or 0, col

    def describe(self) -> str:
        found = self.sheet.column(self.column) if self.column else None
        values = {"sheet": self.sheet.name, "row": self.row, "column": found.header if found else ""}
        if self.row is not None and found is not None:
            return _("sheet “%(sheet)s”, row %(row)s, column “%(column)s”") % values
        if self.row is not None:
            return _("sheet “%(sheet)s”, row %(row)s") % values
        return _("sheet “%(sheet)s”") % values


@dataclass
class PlaceMap:
    """Which sheet and row each record of the document came from."""

    rows: dict[Path, tuple[Sheet, int]] = field(default_factory=dict)

    def locate(self, path: Path) -> Place:
        """The cell of ``path``: its record's row, and the column of the field right below it."""
        for cut in range(len(path), 0, -1):
            if path[:cut] in self.rows:
                sheet, row = self.rows[path[:cut]]
                rest = path[cut:]
                name = rest[0] if rest and isinstance(rest[0], str) and sheet.column(rest[0]) else None
                return Place(sheet=sheet, row=row, column=name)
        return Place(sheet=sheet_named("Misión"))
