"""ISO 4217 currencies (pycountry) with CLDR names and minor units (babel).

``minor_units`` is CLDR's currency precision (``babel.numbers.get_currency_precision``):
2 for USD and MXN, 0 for JPY. Where CLDR has no name for a code, pycountry's English name
is used in both languages.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pycountry
from babel import Locale
from babel.numbers import get_currency_precision


@dataclass(frozen=True)
class Currency:
    code: str
    name_es: str
    name_en: str
    minor_units: int


@cache
def _currencies_by_code() -> dict[str, Currency]:
    names_es, names_en = Locale("es").currencies, Locale("en").currencies
    found = {
        item.alpha_3: Currency(
            code=item.alpha_3,
            name_es=names_es.get(item.alpha_3, item.name),
            name_en=names_en.get(item.alpha_3, item.name),
            minor_units=get_currency_precision(item.alpha_3),
        )
        for item in pycountry.currencies
    }
    return dict(sorted(found.items()))


def currency(code: str) -> Currency | None:
    """The currency with this ISO 4217 code in upper case ("MXN"), or None."""
    return _currencies_by_code().get(code)


def currencies() -> tuple[Currency, ...]:
    """Every ISO 4217 currency known to pycountry, ordered by code."""
    return tuple(_currencies_by_code().values())
