"""How the report writes numbers, money and dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from convoy.outcomes.report.numbers import amount, date_range, millions, percent, whole

D = dt.date


def test_whole_numbers_and_exact_amounts() -> None:
    assert whole(2300, lang="es") == "2,300"
    assert amount(Decimal("150000000"), code="USD", minor=2, lang="en") == "USD 150,000,000.00"
    assert amount(Decimal("2400000000"), code="JPY", minor=0, lang="es") == "JPY 2,400,000,000"


def test_press_style_millions() -> None:
    assert millions(Decimal("150000000"), code="USD", lang="es") == "USD 150 millones"
    assert millions(Decimal("6532482.19"), code="USD", lang="en") == "USD 6.5 million"
    assert millions(Decimal("1000000"), code="USD", lang="es") == "USD 1 millón"
    assert millions(Decimal("380000"), code="USD", lang="en") == "USD 380,000"


def test_date_ranges_read_like_the_press() -> None:
    assert date_range(D(2019, 5, 20), D(2019, 5, 24), lang="es") == "del 20 al 24 de mayo de 2019"
    assert date_range(D(2019, 5, 20), D(2019, 5, 24), lang="en") == "from May 20 to 24, 2019"
    assert date_range(D(2023, 2, 27), D(2023, 3, 3), lang="es") == "del 27 de febrero al 3 de marzo de 2023"
    assert date_range(D(2023, 2, 27), D(2023, 3, 3), lang="en") == "from February 27 to March 3, 2023"
    assert date_range(D(2022, 12, 30), D(2023, 1, 2), lang="en") == "from December 30, 2022 to January 2, 2023"


def test_percentages() -> None:
    assert (percent(0.657, lang="es"), percent(0.657, lang="en")) == ("66 %", "66%")
