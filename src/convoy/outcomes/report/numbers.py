"""How the report writes numbers, money and dates in Spanish (es_MX) and English (en_US)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALES = {"es": "es_MX", "en": "en_US"}
MILLION = Decimal(1_000_000)


def locale(lang: str) -> str:
    return LOCALES.get(lang, "es_MX")


def whole(value: int | Decimal, *, lang: str) -> str:
    """2300 → "2,300"."""
    return format_decimal(Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP), locale=locale(lang))


def amount(value: Decimal, *, code: str, minor: int, lang: str) -> str:
    """An exact amount with the currency's minor units: "USD 150,000,000.00", "JPY 5,000,000,000"."""
    pattern = "#,##0" + ("." + "0" * minor if minor else "")
    return f"{code} {format_decimal(value, format=pattern, locale=locale(lang))}"


def millions(value: Decimal, *, code: str, lang: str) -> str:
    """Press style: "USD 150 millones" / "USD 150.3 million"; below a million, the whole amount."""
    if abs(value) < MILLION:
        return f"{code} {whole(value, lang=lang)}"
    scaled = (value / MILLION).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    shown = format_decimal(scaled, format="#,##0.#", locale=locale(lang))
    word = "million" if lang == "en" else ("millón" if scaled == 1 else "millones")
    return f"{code} {shown} {word}"


def percent(share: float, *, lang: str) -> str:
    """0.657 → "66 %" (Spanish) / "66%" (English)."""
    rounded = int(Decimal(str(share * 100)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return f"{rounded}%" if lang == "en" else f"{rounded} %"


def long_date(day: dt.date, *, lang: str) -> str:
    """27 de febrero de 2023 / February 27, 2023."""
    return format_date(day, format="long", locale=locale(lang))


def date_range(start: dt.date, end: dt.date, *, lang: str) -> str:
    """Press style: "del 20 al 24 de mayo de 2019" / "from May 20 to 24, 2019"."""

    def month_of(day: dt.date) -> str:
        return str(format_date(day, format="MMMM", locale=locale(lang)))

    if lang == "en":
        if (start.year, start.month) == (end.year, end.month):
            return f"from {month_of(start)} {start.day} to {end.day}, {end.year}"
        if start.year == end.year:
            return f"from {month_of(start)} {start.day} to {month_of(end)} {end.day}, {end.year}"
        return f"from {long_date(start, lang=lang)} to {long_date(end, lang=lang)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"del {start.day} al {end.day} de {month_of(end)} de {end.year}"
    if start.year == end.year:
        return f"del {start.day} de {month_of(start)} al {end.day} de {month_of(end)} de {end.year}"
    return f"del {long_date(start, lang=lang)} al {long_date(end, lang=lang)}"


def plural(count: int, singular: str, plural_form: str) -> str:
    return singular if count == 1 else plural_form
