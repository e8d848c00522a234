"""Store, beside every money figure, its conversion to each report currency."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from convoy.outcomes.models import Conversion, Figure
from convoy.outcomes.models.choices import MONEY_MEASURES
from convoy.outcomes.services.money import REPORT_CURRENCIES, Money, Policy, convert_money, rate_note
from convoy.outcomes.services.rates import rate_source

RATE_PLACES = Decimal("1e-12")


def store_conversions(*, figure: Figure, policy: Policy) -> list[Conversion]:
    """(Re)write the USD and MXN conversions of a money figure; other figures get none."""
    if figure.measure not in MONEY_MEASURES:
        figure.conversions.all().delete()
        return []
    stored = []
    for target in REPORT_CURRENCIES:
        converted = convert_money(
            money=Money(amount=figure.value, currency=figure.currency),
            target=target,
            figure_date=figure.date,
            policy=policy,
        )
        note_es, note_en = rate_note(rate=converted.rate)
        conversion, _created = Conversion.objects.update_or_create(
            figure=figure,
            currency=target,
            defaults={
                "amount": converted.money.amount,
                "rate": converted.rate.value.quantize(RATE_PLACES),
                "rate_date": converted.rate.used,
                "requested_date": converted.rate.requested,
                "policy": converted.policy,
                "source": "" if figure.currency == target else rate_source(),
                "note_es": note_es,
                "note_en": note_en,
            },
        )
        stored.append(conversion)
    return stored


def reconvert_figures(*, figures: Iterable[Figure], policy: Policy) -> int:
    """Convert again under another policy; returns how many money figures were converted."""
    count = 0
    for figure in figures:
        if store_conversions(figure=figure, policy=policy):
            count += 1
    return count
