"""Totals over counted items: money in one report currency, jobs, counts by stage.

Announced totals take the expected figures of items announced or realized; realized
totals take realized figures of realized items; forecasts and lost items enter neither.
An agreement's headline value is its own measure and never reaches the investment total.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from convoy.outcomes.models.choices import FigureStatus, Measure, Stage
from convoy.outcomes.services.counting import Item
from convoy.outcomes.services.money import Money, sum_money

ANNOUNCED_OR_LATER = frozenset({Stage.ANNOUNCED, Stage.REALIZED})


def counted(items: Iterable[Item]) -> list[Item]:
    """Items that count towards totals: not forecasts, not lost."""
    return [item for item in items if not item.forecast and item.stage != Stage.LOST]


def in_scope(*, item: Item, status: str) -> bool:
    if status == FigureStatus.REALIZED:
        return item.stage == Stage.REALIZED
    return item.stage in ANNOUNCED_OR_LATER


def money_total(*, items: Iterable[Item], measure: str, status: str, code: str) -> Money:
    """Sum of the ``measure`` figures converted to ``code`` (USD or MXN)."""
    amounts = []
    for item in counted(items):
        figure = item.figures.get((measure, status, ""))
        if figure is None or not in_scope(item=item, status=status):
            continue
        conversion = next(c for c in figure.conversions.all() if c.currency == code)
        amounts.append(Money(amount=conversion.amount, currency=conversion.currency))
    return sum_money(items=amounts, code=code)


def jobs_total(*, items: Iterable[Item], status: str, jobs_kind: str) -> int:
    total = Decimal(0)
    for item in counted(items):
        figure = item.figures.get((Measure.JOBS, status, jobs_kind))
        if figure is not None and in_scope(item=item, status=status):
            total += figure.value
    return int(total)


def count_kind(*, items: Iterable[Item], kinds: frozenset[str], stages: frozenset[str] | None = None) -> int:
    return sum(1 for item in counted(items) if item.kind in kinds and (stages is None or item.stage in stages))


def forecast_items(items: Iterable[Item]) -> list[Item]:
    return [item for item in items if item.forecast]
