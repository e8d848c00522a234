"""Cell values ↔ document values, by kind of field.

Reading is forgiving about how Excel stored a value (a number typed in a text column, a
date cell or a date typed as text, ``sí``/``yes``/``TRUE``); anything it cannot read is
passed on unchanged so that validation reports it at its cell.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from convoy.exchange.schema import LIST_KINDS, Kind
from convoy.exchange.workbook_layout import NO, YES

TRUE_WORDS = frozenset({YES, "si", "yes", "y", "true", "verdadero", "1", "x"})
FALSE_WORDS = frozenset({NO, "false", "falso", "n", "0"})
SPLIT_ON_SEMICOLON = re.compile(r"\s*;\s*")
SPLIT_ON_COMMA = re.compile(r"\s*,\s*")


def read_cell(kind: Kind, value: object, *, name: str = "") -> object:
    """The document value of a cell, or None when the cell is empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if kind is Kind.TEXT:
        return _text(value, name=name)
    if isinstance(value, str):
        value = value.strip()
    if kind in LIST_KINDS:
        return split_list(value if isinstance(value, str) else _number_text(value))
    reader = _READERS.get(kind)
    return reader(value) if reader else _text(value, name=name)


def split_list(text: str) -> list[str]:
    """``"a; b"`` or ``"a, b"``: semicolons win when there are any (names may hold commas)."""
    pattern = SPLIT_ON_SEMICOLON if ";" in text else SPLIT_ON_COMMA
    return [item for item in pattern.split(text.strip()) if item]


def join_list(items: list[str]) -> str:
    """The cell text of a list; a single item with a comma gets a ``;`` so it reads back whole."""
    text = "; ".join(items)
    return text + ";" if len(items) == 1 and "," in text else text


def _number_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _text(value: object, *, name: str) -> object:
    if name == "inegi_key" and isinstance(value, int | float) and not isinstance(value, bool):
        number = int(value)
        return f"{number:02d}" if number < 100 else f"{number:05d}"
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value if isinstance(value, str) else _number_text(value)


def _integer(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value):
        return int(value)
    return value


def _boolean(value: object) -> object:
    if isinstance(value, bool):
        return value
    word = str(value).casefold() if not isinstance(value, float) else _number_text(value)
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return value


def _date(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _time(value: object) -> object:
    if isinstance(value, dt.datetime):
        value = value.time()
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    if isinstance(value, dt.time):
        minutes = round(value.hour * 60 + value.minute + value.second / 60 + value.microsecond / 60e6)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    return value


def _decimal(value: object) -> object:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format(Decimal(repr(value)), "f")
    return value


def _plain(value: object) -> object:
    return value if isinstance(value, str) else _number_text(value)


_READERS = {
    Kind.CODE: _plain,
    Kind.CHOICE: _plain,
    Kind.REF: _plain,
    Kind.INT: _integer,
    Kind.BOOL: _boolean,
    Kind.DATE: _date,
    Kind.TIME: _time,
    Kind.DECIMAL: _decimal,
}
