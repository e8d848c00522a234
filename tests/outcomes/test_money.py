"""Money: minor units, no mixed sums, conversion under each rate policy."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest

from convoy.outcomes.services.money import (
    MixedCurrenciesError,
    Money,
    Policy,
    convert_money,
    minor_units,
    rate_note,
    round_money,
    sum_money,
)
from convoy.outcomes.services.rates import ecb_rate

from .ecb import ecb_table, per_euro


def test_jpy_has_no_minor_units_usd_and_mxn_have_two() -> None:
    assert [minor_units(code=c) for c in ("JPY", "USD", "MXN")] == [0, 2, 2]
    assert round_money(amount=Decimal("1234.5"), code="JPY") == Decimal("1235")
    assert round_money(amount=Decimal("1234.565"), code="USD") == Decimal("1234.57")


def test_amounts_in_different_currencies_are_never_added() -> None:
    usd = [Money(Decimal("10.50"), "USD"), Money(Decimal("2.25"), "USD")]
    assert sum_money(items=usd, code="USD") == Money(Decimal("12.75"), "USD")
    with pytest.raises(MixedCurrenciesError):
        sum_money(items=[*usd, Money(Decimal(100), "MXN")], code="USD")


def test_a_jpy_announcement_converts_at_its_own_date_by_default() -> None:
    day = dt.date(2019, 11, 15)
    converted = convert_money(
        money=Money(Decimal(2_400_000_000), "JPY"), target="USD", figure_date=day, policy=Policy()
    )
    expected = (Decimal(2_400_000_000) * per_euro("USD", day) / per_euro("JPY", day)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    assert converted.money == Money(expected, "USD")
    assert (converted.rate.used, converted.policy) == (day, "announcement")


def test_fixed_and_latest_policies_pick_their_own_dates() -> None:
    money, day = Money(Decimal(1000), "USD"), dt.date(2019, 11, 15)
    fixed = convert_money(money=money, target="MXN", figure_date=day, policy=Policy("fixed", dt.date(2023, 3, 1)))
    assert fixed.rate.used == dt.date(2023, 3, 1)
    assert fixed.money.amount == (
        1000 * per_euro("MXN", dt.date(2023, 3, 1)) / per_euro("USD", dt.date(2023, 3, 1))
    ).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    latest = convert_money(money=money, target="MXN", figure_date=day, policy=Policy("latest"))
    assert latest.rate.used == max(ecb_table())


def test_a_policy_is_checked_when_made() -> None:
    with pytest.raises(ValueError):
        Policy("fixed")
    with pytest.raises(ValueError):
        Policy("announcement", dt.date(2020, 1, 1))
    with pytest.raises(ValueError):
        Policy("yesterday")


def test_fallback_notes_say_which_date_was_used_in_both_languages() -> None:
    es, en = rate_note(rate=ecb_rate(source="USD", target="MXN", on=dt.date(2019, 5, 25)))
    assert es == "El BCE no publicó tasa USD/MXN el 2019-05-25; se usa la publicación anterior, del 2019-05-24."
    assert en == "The ECB published no USD/MXN rate on 2019-05-25; the previous one, of 2019-05-24, is used."
    es, en = rate_note(rate=ecb_rate(source="USD", target="MXN", on=dt.date(2001, 6, 1)))
    assert es == (
        "El 2001-06-01 es anterior al inicio del historial del BCE para USD/MXN; "
        "se usa la fecha más cercana, 2008-01-02."
    )
    assert en == "2001-06-01 is before the start of the ECB history for USD/MXN; the nearest date, 2008-01-02, is used."
    assert rate_note(rate=ecb_rate(source="USD", target="MXN", on=dt.date(2019, 5, 24))) == ("", "")
