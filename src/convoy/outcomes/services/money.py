"""Money: amounts in one currency, rounding to minor units, conversion under a rate policy.

Amounts in different currencies are never added: :func:`sum_money` refuses them, and
totals across currencies are made only from conversions into one report currency.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from convoy.outcomes.models.choices import RatePolicy
from convoy.outcomes.services.rates import Rate, ecb_rate, latest_date
from convoy.reference.currencies import currency

REPORT_CURRENCIES = ("USD", "MXN")


class MixedCurrenciesError(ValueError):
    """Someone tried to add amounts of different currencies."""


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Policy:
    """Which day's rate converts a figure: its own date (default), a fixed day, or the latest."""

    kind: str = RatePolicy.ANNOUNCEMENT
    fixed_date: dt.date | None = None

    def __post_init__(self) -> None:
        if self.kind not in RatePolicy.values:
            raise ValueError(f"unknown rate policy {self.kind!r}")
        if (self.kind == RatePolicy.FIXED) != (self.fixed_date is not None):
            raise ValueError("a fixed date goes with the fixed policy, and only with it")


@dataclass(frozen=True)
class Converted:
    money: Money
    rate: Rate
    policy: str


def minor_units(*, code: str) -> int:
    """Decimals of the currency (2 for USD and MXN, 0 for JPY)."""
    found = currency(code)
    return found.minor_units if found else 2


def round_money(*, amount: Decimal, code: str) -> Decimal:
    return amount.quantize(Decimal(1).scaleb(-minor_units(code=code)), rounding=ROUND_HALF_UP)


def sum_money(*, items: Iterable[Money], code: str) -> Money:
    """The total of amounts that are all in ``code``; anything else is an error, not a conversion."""
    total = Decimal(0)
    for item in items:
        if item.currency != code:
            raise MixedCurrenciesError(f"cannot add {item.currency} to a total in {code}")
        total += item.amount
    return Money(amount=total, currency=code)


def requested_date(*, policy: Policy, figure_date: dt.date, source: str, target: str) -> dt.date:
    if policy.kind == RatePolicy.FIXED and policy.fixed_date is not None:
        return policy.fixed_date
    if policy.kind == RatePolicy.LATEST:
        return latest_date(codes=(source, target))
    return figure_date


def convert_money(*, money: Money, target: str, figure_date: dt.date, policy: Policy) -> Converted:
    """``money`` in ``target`` at the rate the policy picks, rounded to the target's minor units."""
    on = requested_date(policy=policy, figure_date=figure_date, source=money.currency, target=target)
    rate = ecb_rate(source=money.currency, target=target, on=on)
    amount = round_money(amount=money.amount * rate.value, code=target)
    return Converted(money=Money(amount=amount, currency=target), rate=rate, policy=policy.kind)


def rate_note(*, rate: Rate) -> tuple[str, str]:
    """Why the rate's date differs from the one asked for, in Spanish and English ('' when it does not)."""
    asked, used, pair = rate.requested.isoformat(), rate.used.isoformat(), f"{rate.source}/{rate.target}"
    if rate.fallback == "earlier":
        return (
            f"El BCE no publicó tasa {pair} el {asked}; se usa la publicación anterior, del {used}.",
            f"The ECB published no {pair} rate on {asked}; the previous one, of {used}, is used.",
        )
    if rate.fallback in ("before", "after"):
        side_es = "anterior al inicio" if rate.fallback == "before" else "posterior al final"
        side_en = "before the start" if rate.fallback == "before" else "after the end"
        return (
            f"El {asked} es {side_es} del historial del BCE para {pair}; se usa la fecha más cercana, {used}.",
            f"{asked} is {side_en} of the ECB history for {pair}; the nearest date, {used}, is used.",
        )
    return "", ""
