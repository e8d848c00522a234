"""The rows of each sheet, flattened from a mission document (the inverse of reading)."""

from __future__ import annotations

from typing import Any

from convoy.exchange.workbook_layout import Sheet, parent_key_columns, sheet_named


def sheet_rows(sheet: Sheet, document: dict[str, Any]) -> list[dict[str, Any]]:
    """One dict per row: the record's fields plus the keys of its parent row."""
    if sheet.list_path:
        found: Any = document
        for part in sheet.list_path:
            found = found.get(part) if isinstance(found, dict) else None
        records = [found] if sheet.single and found else (found or [])
        return [dict(record) for record in records]
    rows = []
    for parent in sheet.parents:
        key_columns = parent_key_columns(sheet)
        for parent_row in sheet_rows(sheet_named(parent.sheet), document):
            keys = {column.field.name: parent_row[key] for column, key in zip(key_columns, parent.keys, strict=False)}
            rows += [{**keys, **child} for child in parent_row.get(parent.child, [])]
    return rows
