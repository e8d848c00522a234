"""Check the figures of an outcome: measure fits kind, money has a currency the ECB quotes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils.translation import gettext as _

from convoy.outcomes.importer.fields import Record
from convoy.outcomes.importer.records import FigureRecord
from convoy.outcomes.models.choices import MONEY_MEASURES, FigureStatus, JobsKind, Measure, OutcomeKind, Stage
from convoy.outcomes.services.money import minor_units
from convoy.outcomes.services.rates import known_currencies
from convoy.reference.currencies import currency

MEASURES_OF_KIND = {
    OutcomeKind.LEAD: {Measure.INVESTMENT, Measure.JOBS, Measure.EXPORT_SALES},
    OutcomeKind.INVESTMENT: {Measure.INVESTMENT, Measure.JOBS},
    OutcomeKind.JOBS: {Measure.JOBS},
    OutcomeKind.AGREEMENT: {Measure.HEADLINE_VALUE},
    OutcomeKind.WORKING_GROUP: set(),
    OutcomeKind.PROGRAMME: {Measure.FIRMS},
    OutcomeKind.EXPORT_SALE: {Measure.EXPORT_SALES, Measure.JOBS},
}


def read_figures(*, record: Record, kind: str, stage: str) -> list[FigureRecord]:
    figures: list[FigureRecord] = []
    for child in record.children("figures"):
        figure = read_figure(record=child, kind=kind, stage=stage)
        if figure is None:
            continue
        key = (figure.measure, figure.status, figure.jobs_kind)
        if any((f.measure, f.status, f.jobs_kind) == key for f in figures):
            child.fail("measure", _("This outcome already has a figure of this measure and status."))
        figures.append(figure)
    return figures


def read_figure(*, record: Record, kind: str, stage: str) -> FigureRecord | None:
    measure = record.choice("measure", choices=Measure.values, required=True)
    status = record.choice("status", choices=FigureStatus.values, required=True)
    jobs_kind = record.choice("jobs_kind", choices=JobsKind.values)
    value = record.decimal("value", required=True)
    code = record.text("currency", max_length=3).upper()
    day = record.date("date", required=True)
    figure = FigureRecord(
        measure=measure,
        status=status,
        jobs_kind=jobs_kind,
        value=value if value is not None else Decimal(0),
        currency=code,
        date=day or dt.date.min,
        estimated=record.boolean("estimated"),
        source=record.text("source", max_length=500),
    )
    record.check_unknown()
    if not (measure and status and value is not None and day):
        return None
    ok = _fits_kind(record=record, kind=kind, measure=measure)
    ok = _fits_units(record=record, figure=figure) and ok
    if status == FigureStatus.REALIZED and kind and stage and stage != Stage.REALIZED:
        record.fail("status", _("A realized figure needs the outcome to reach the stage “realized” (with evidence)."))
        ok = False
    return figure if ok else None


def _fits_kind(*, record: Record, kind: str, measure: str) -> bool:
    if not kind or measure in MEASURES_OF_KIND[OutcomeKind(kind)]:
        return True
    if kind == OutcomeKind.AGREEMENT and measure == Measure.INVESTMENT:
        record.fail(
            "measure",
            _(
                "An agreement's value is its headline value (measure “headline_value”) and never counts as "
                "investment; record an investment as its own outcome when a company announces it."
            ),
        )
    else:
        record.fail(
            "measure",
            _("An outcome of kind “%(kind)s” cannot have a figure “%(measure)s”.") % {"kind": kind, "measure": measure},
        )
    return False


def _fits_units(*, record: Record, figure: FigureRecord) -> bool:
    if figure.measure == Measure.JOBS and not figure.jobs_kind:
        record.fail("jobs_kind", _("Say whether the jobs are “new” or “retained”."))
        return False
    if figure.measure != Measure.JOBS and figure.jobs_kind:
        record.fail("jobs_kind", _("Only jobs are new or retained."))
        return False
    if figure.measure not in MONEY_MEASURES:
        if figure.currency:
            record.fail("currency", _("Only money has a currency."))
            return False
        if figure.value != figure.value.to_integral_value():
            record.fail("value", _("Jobs and firms are whole numbers."))
            return False
        return True
    if not figure.currency:
        record.fail("currency", _("Money needs its ISO 4217 currency (e.g. USD, MXN, JPY)."))
        return False
    if currency(figure.currency) is None or figure.currency not in known_currencies():
        record.fail("currency", _("“%(code)s” is not a currency with ECB reference rates.") % {"code": figure.currency})
        return False
    places = minor_units(code=figure.currency)
    if -figure.value.normalize().as_tuple().exponent > places:  # type: ignore[operator]
        record.fail(
            "value",
            _("%(code)s has %(places)d decimal places; %(value)s has more.")
            % {"code": figure.currency, "places": places, "value": figure.value},
        )
        return False
    return True
