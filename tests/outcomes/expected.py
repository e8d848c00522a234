"""Figures of the small mission's outcomes, worked out by hand from the document and the ECB CSV."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from .ecb import per_euro


def converted(amount: str, source: str, target: str, day: dt.date) -> Decimal:
    value = Decimal(amount) * per_euro(target, day) / per_euro(source, day)
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


NIHON_USD = converted("1500000000", "JPY", "USD", dt.date(2023, 7, 14))
# Acme's plant counts once (the state's record, which reached "realized"), plus Nihon Kikai's JPY plant.
INVESTMENT_ANNOUNCED_USD = Decimal("8000000.00") + NIHON_USD
INVESTMENT_ANNOUNCED_MXN = converted("8000000", "USD", "MXN", dt.date(2023, 6, 15)) + converted(
    "1500000000", "JPY", "MXN", dt.date(2023, 7, 14)
)
INVESTMENT_REALIZED_USD = Decimal("6500000.00")
JOBS_NEW_EXPECTED = 320 + 90  # the state's 320 for Acme (not the city's 300), Nihon's 90; never the forecast
JOBS_NEW_REALIZED = 250
HEADLINE_USD = Decimal("50000000.00")
EXPORT_ANNOUNCED_USD = converted("2000000", "MXN", "USD", dt.date(2023, 9, 1))
EXPORT_REALIZED_USD = converted("1800000", "MXN", "USD", dt.date(2023, 12, 15))
