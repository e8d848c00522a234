"""ECB rates: known rates on known dates, checked against the shipped CSV; fallbacks stated."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from convoy.outcomes.services.rates import UnknownCurrencyError, ecb_rate, latest_date

from .ecb import ecb_table, per_euro


def test_usd_per_euro_on_a_business_day_is_the_published_rate() -> None:
    rate = ecb_rate(source="EUR", target="USD", on=dt.date(2019, 5, 22))
    assert rate.value == Decimal("1.1171")
    assert rate.value == per_euro("USD", dt.date(2019, 5, 22))
    assert (rate.used, rate.fallback) == (dt.date(2019, 5, 22), "")


def test_cross_rates_go_through_the_euro_on_the_same_day() -> None:
    day = dt.date(2023, 7, 14)
    assert ecb_rate(source="USD", target="MXN", on=day).value == per_euro("MXN", day) / per_euro("USD", day)
    assert ecb_rate(source="JPY", target="USD", on=day).value == per_euro("USD", day) / per_euro("JPY", day)


def test_a_weekend_uses_the_last_earlier_publication_and_says_so() -> None:
    saturday = dt.date(2019, 5, 25)
    assert saturday not in ecb_table()
    rate = ecb_rate(source="USD", target="MXN", on=saturday)
    assert (rate.requested, rate.used, rate.fallback) == (saturday, dt.date(2019, 5, 24), "earlier")
    assert rate.value == per_euro("MXN", dt.date(2019, 5, 24)) / per_euro("USD", dt.date(2019, 5, 24))


def test_a_date_before_the_history_uses_its_first_day() -> None:
    first_mxn = min(day for day, rates in ecb_table().items() if "MXN" in rates)
    rate = ecb_rate(source="USD", target="MXN", on=dt.date(2001, 6, 1))
    assert (rate.used, rate.fallback) == (first_mxn, "before")
    assert first_mxn == dt.date(2008, 1, 2)


def test_a_date_after_the_history_uses_its_last_day() -> None:
    last = max(ecb_table())
    rate = ecb_rate(source="JPY", target="MXN", on=last + dt.timedelta(days=400))
    assert (rate.used, rate.fallback) == (last, "after")
    assert latest_date(codes=("JPY", "MXN")) == last


def test_same_currency_is_exactly_one() -> None:
    rate = ecb_rate(source="MXN", target="MXN", on=dt.date(2020, 1, 1))
    assert (rate.value, rate.used, rate.fallback) == (Decimal(1), dt.date(2020, 1, 1), "")


def test_a_currency_without_ecb_rates_is_refused() -> None:
    with pytest.raises(UnknownCurrencyError) as error:
        ecb_rate(source="ARS", target="USD", on=dt.date(2020, 1, 2))
    assert error.value.code == "ARS"
