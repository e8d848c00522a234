"""The portfolio across missions: items by state, municipality, sector, country and axis.

Every project counts once in the whole portfolio, whichever missions and agencies recorded it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from convoy.missions.models import Axis
from convoy.outcomes.models import Outcome
from convoy.outcomes.models.choices import PIPELINE_KINDS, FigureStatus, JobsKind, Measure, Stage
from convoy.outcomes.services.counting import Item, count_once, with_details
from convoy.outcomes.services.kpis import AGREEMENT_KINDS
from convoy.outcomes.services.places import AxisFinder, dimension_keys
from convoy.outcomes.services.totals import ANNOUNCED_OR_LATER, count_kind, counted, jobs_total, money_total
from convoy.outcomes.services.traits import sector_title
from convoy.reference import countries, inegi

DIMENSIONS = ("state", "municipality", "sector", "country", "axis")


@dataclass(frozen=True)
class PortfolioRow:
    dimension: str
    key: str
    label_es: str
    label_en: str
    items: int
    leads: int
    announced: int
    realized: int
    lost: int
    investment_announced: dict[str, Decimal]  # report currency → amount
    investment_realized: dict[str, Decimal]
    jobs_announced: int
    jobs_realized: int
    agreements: int


def build_portfolio(*, outcomes: Iterable[Outcome] | None = None) -> dict[str, list[PortfolioRow]]:
    """Rows per dimension, largest announced investment first, then by label."""
    records = outcomes if outcomes is not None else with_details(Outcome.objects.all())
    items = [item for item in count_once(outcomes=records) if not item.forecast]
    axis_of = AxisFinder()
    groups: dict[str, dict[str, list[Item]]] = {name: {} for name in DIMENSIONS}
    for item in items:
        for name, key in dimension_keys(item=item, axis_of=axis_of).items():
            groups[name].setdefault(key, []).append(item)
    axis_names = {a.code: (a.name_es, a.name_en) for a in Axis.objects.order_by("-mission__start_date")}
    rows = {}
    for name, by_key in groups.items():
        built = [_row(dimension=name, key=key, items=found, axis_names=axis_names) for key, found in by_key.items()]
        rows[name] = sorted(built, key=lambda r: (-r.investment_announced["USD"], -r.items, r.label_es))
    return rows


def _row(*, dimension: str, key: str, items: list[Item], axis_names: dict[str, tuple[str, str]]) -> PortfolioRow:
    pipeline = [item for item in items if item.kind in PIPELINE_KINDS]
    label_es, label_en = dimension_label(dimension=dimension, key=key, axis_names=axis_names)
    return PortfolioRow(
        dimension=dimension,
        key=key,
        label_es=label_es,
        label_en=label_en,
        items=len(counted(items)),
        leads=len(pipeline),
        announced=sum(1 for item in pipeline if item.stage in ANNOUNCED_OR_LATER),
        realized=sum(1 for item in pipeline if item.stage == Stage.REALIZED),
        lost=sum(1 for item in pipeline if item.stage == Stage.LOST),
        investment_announced=_money(items=items, status=FigureStatus.EXPECTED),
        investment_realized=_money(items=items, status=FigureStatus.REALIZED),
        jobs_announced=jobs_total(items=items, status=FigureStatus.EXPECTED, jobs_kind=JobsKind.NEW),
        jobs_realized=jobs_total(items=items, status=FigureStatus.REALIZED, jobs_kind=JobsKind.NEW),
        agreements=count_kind(items=items, kinds=AGREEMENT_KINDS, stages=ANNOUNCED_OR_LATER),
    )


def _money(*, items: list[Item], status: str) -> dict[str, Decimal]:
    return {
        code: money_total(items=items, measure=Measure.INVESTMENT, status=status, code=code).amount
        for code in ("USD", "MXN")
    }


def dimension_label(*, dimension: str, key: str, axis_names: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """The key's name in Spanish and English."""
    if not key:
        return "(sin dato)", "(not stated)"
    if dimension == "state":
        state = inegi.state(key)
        return (state.name, state.name) if state else (key, key)
    if dimension == "municipality":
        municipality = inegi.municipality(key)
        state = inegi.state(key[:2])
        name = f"{municipality.name}, {state.name}" if municipality and state else key
        return name, name
    if dimension == "sector":
        return sector_title(key=key, lang="es"), sector_title(key=key, lang="en")
    if dimension == "country":
        return countries.country_name(key, lang="es") or key, countries.country_name(key, lang="en") or key
    return axis_names.get(key, (key, key))
