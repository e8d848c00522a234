"""Write the workbook (xlsxwriter): the empty template, or a mission's document as sheets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from convoy.exchange.schema import LIST_KINDS, Kind
from convoy.exchange.workbook_cells import join_list
from convoy.exchange.workbook_hints import column_hint, write_instructions
from convoy.exchange.workbook_layout import NO, SHEETS, YES, Column, Sheet
from convoy.exchange.workbook_rows import sheet_rows

WIDTHS = {
    Kind.TEXT: 30,
    Kind.CODE: 20,
    Kind.CHOICE: 18,
    Kind.DATE: 12,
    Kind.TIME: 9,
    Kind.INT: 10,
    Kind.DECIMAL: 14,
    Kind.BOOL: 9,
    Kind.REF: 20,
}
EMPTY_ROWS = 500  # rows below the data that keep the drop-down lists


def write_workbook(path: Path, document: dict[str, Any] | None) -> None:
    """The workbook of ``document``, or the empty template when it is None."""
    with xlsxwriter.Workbook(str(path)) as book:
        formats = _formats(book)
        write_instructions(book, formats=formats)
        for sheet in SHEETS:
            rows = sheet_rows(sheet, document) if document else []
            _write_sheet(book.add_worksheet(sheet.name), sheet, rows=rows, formats=formats)


def _formats(book: Workbook) -> dict[str, Any]:
    return {
        "header": book.add_format(
            {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DCE6F1", "border": 1}
        ),
        "required": book.add_format(
            {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#F8CBAD", "border": 1}
        ),
        "text": book.add_format({"num_format": "@"}),
        "date": book.add_format({"num_format": "yyyy-mm-dd"}),
        "time": book.add_format({"num_format": "hh:mm"}),
        "title": book.add_format({"bold": True, "font_size": 14}),
        "bold": book.add_format({"bold": True}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
        **{f"decimal{places}": book.add_format({"num_format": "0." + "0" * places}) for places in _decimal_places()},
    }


def _decimal_places() -> set[int]:
    return {c.field.places for sheet in SHEETS for c in sheet.columns if c.field.kind is Kind.DECIMAL}


def _write_sheet(ws: Worksheet, sheet: Sheet, *, rows: list[dict[str, Any]], formats: dict[str, Any]) -> None:
    ws.freeze_panes(1, 0)
    ws.set_row(0, 45)
    last = max(len(rows), 1) + (0 if sheet.single else EMPTY_ROWS)
    for col, column in enumerate(sheet.columns):
        kind = column.field.kind
        width = 24 if kind in LIST_KINDS else WIDTHS[kind]
        ws.set_column(col, col, width, _column_format(kind, formats))
        ws.write_string(0, col, column.header, formats["required" if column.field.required else "header"])
        ws.write_comment(0, col, column_hint(column), {"x_scale": 2, "y_scale": 1.5})
        _add_drop_down(ws, col, column, last_row=last)
        for row, values in enumerate(rows, start=1):
            _write_cell(ws, row, col, column, values.get(column.field.name), formats=formats)


def _column_format(kind: Kind, formats: dict[str, Any]) -> Any:
    """Text columns stay text (zero-padded keys survive typing); dates and times show as written."""
    if kind in {Kind.TEXT, Kind.CODE, Kind.REF} or kind in LIST_KINDS:
        return formats["text"]
    return {Kind.DATE: formats["date"], Kind.TIME: formats["time"]}.get(kind)


def _add_drop_down(ws: Worksheet, col: int, column: Column, *, last_row: int) -> None:
    kind = column.field.kind
    if kind not in {Kind.CHOICE, Kind.BOOL}:
        return
    source = list(column.field.choices) if kind is Kind.CHOICE else [YES, NO]
    ws.data_validation(
        1,
        col,
        last_row,
        col,
        {
            "validate": "list",
            "source": source,
            "error_type": "warning",
            "error_title": column.header[:32],
            "error_message": ", ".join(source)[:255],
        },
    )


def _write_cell(ws: Worksheet, row: int, col: int, column: Column, value: Any, *, formats: dict[str, Any]) -> None:
    kind = column.field.kind
    if value is None or value in ("", []):
        return
    if kind in LIST_KINDS:
        ws.write_string(row, col, join_list([str(item) for item in value]))
    elif kind is Kind.BOOL:
        ws.write_string(row, col, YES if value else NO)
    elif kind is Kind.INT:
        ws.write_number(row, col, value)
    elif kind is Kind.DECIMAL:
        ws.write_number(row, col, float(Decimal(value)), formats[f"decimal{column.field.places}"])
    elif kind is Kind.DATE:
        ws.write_datetime(row, col, dt.date.fromisoformat(value), formats["date"])
    elif kind is Kind.TIME:
        ws.write_datetime(row, col, dt.time.fromisoformat(value), formats["time"])
    else:
        ws.write_string(row, col, str(value))
