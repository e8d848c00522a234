"""Small formatting helpers of the report: figures, money pairs, chart images."""

from __future__ import annotations

import base64
from decimal import Decimal

from convoy.documents.markup import esc
from convoy.documents.report.words import word
from convoy.outcomes.report.data import Amounts, FigureLine
from convoy.outcomes.report.numbers import amount, long_date, whole
from convoy.outcomes.services.labels import figure_name


def usd(value: Decimal, *, lang: str) -> str:
    return amount(value, code="USD", minor=2, lang=lang)


def mxn(value: Decimal, *, lang: str) -> str:
    return amount(value, code="MXN", minor=2, lang=lang)


def pair(amounts: Amounts, *, lang: str) -> str:
    """ "USD 1,000.00 · MXN 18,000.00" """
    return f"{usd(amounts.usd, lang=lang)} · {mxn(amounts.mxn, lang=lang)}"


def figure_text(figure: FigureLine, *, lang: str) -> str:
    """One figure as stated, with its conversions when it is money in another currency."""
    name = figure_name(measure=figure.measure, status=figure.status, jobs_kind=figure.jobs_kind, lang=lang)
    if figure.currency:
        value = amount(figure.value, code=figure.currency, minor=figure.minor_units, lang=lang)
    else:
        value = whole(figure.value, lang=lang)
    text = f"{esc(name)}: <b>{esc(value)}</b>"
    if figure.converted is not None and figure.currency != "USD":
        text += f" ({esc(usd(figure.converted.usd, lang=lang))})"
    elif figure.converted is not None:
        text += f" ({esc(mxn(figure.converted.mxn, lang=lang))})"
    details = [long_date(figure.date, lang=lang)]
    if figure.estimated:
        details.append(word("estimated", lang=lang))
    return text + f' <span class="muted">— {esc(", ".join(details))}</span>'


def chart(svg: str, *, alt: str) -> str:
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f'<img class="chart" alt="{esc(alt)}" src="data:image/svg+xml;base64,{data}">'
