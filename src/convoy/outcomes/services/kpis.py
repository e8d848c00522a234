"""A mission's results against its targets, and its funnel meetings → leads → announced → realized."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from convoy.missions.models import Mission, Objective
from convoy.missions.models.choices import Metric
from convoy.outcomes.models.choices import PIPELINE_KINDS, FigureStatus, JobsKind, Measure, OutcomeKind, Stage
from convoy.outcomes.services.counting import Item
from convoy.outcomes.services.money import REPORT_CURRENCIES, Money, Policy, convert_money
from convoy.outcomes.services.places import AxisFinder
from convoy.outcomes.services.totals import ANNOUNCED_OR_LATER, count_kind, jobs_total, money_total
from convoy.outcomes.values import Funnel, Kpi, Meeting

AGREEMENT_KINDS = frozenset({OutcomeKind.AGREEMENT})
# An objective of agreements counts agreements signed and working groups formed.
AGREEMENT_TARGET_KINDS = frozenset({OutcomeKind.AGREEMENT, OutcomeKind.WORKING_GROUP})


def measure_objectives(*, mission: Mission, items: list[Item], meetings: Sequence[Meeting]) -> list[Kpi]:
    axes = {axis.code for axis in mission.axes.all()}
    return [
        _measure(objective=o, items=items, meetings=meetings, axes=axes, mission=mission)
        for o in Objective.objects.filter(mission=mission).order_by("code")
    ]


def _measure(
    *, objective: Objective, items: list[Item], meetings: Sequence[Meeting], axes: set[str], mission: Mission
) -> Kpi:
    base = {"code": objective.code, "description": objective.description, "metric": objective.metric}
    if objective.metric == Metric.INVESTMENT:
        return _investment(objective=objective, items=items, mission=mission, base=base)
    if objective.metric == Metric.JOBS:
        return Kpi(
            **base,
            target=objective.target,
            unit="",
            achieved=Decimal(jobs_total(items=items, status=FigureStatus.EXPECTED, jobs_kind=JobsKind.NEW)),
            realized=Decimal(jobs_total(items=items, status=FigureStatus.REALIZED, jobs_kind=JobsKind.NEW)),
            axis="",
        )
    axis = objective_axis(code=objective.code, axes=axes)
    if objective.metric == Metric.AGREEMENTS:
        axis_of = AxisFinder()
        on_axis = [item for item in items if not axis or axis_of(item.representative) == axis]
        signed = count_kind(items=on_axis, kinds=AGREEMENT_TARGET_KINDS, stages=ANNOUNCED_OR_LATER)
        return Kpi(**base, target=objective.target, unit="", achieved=Decimal(signed), realized=None, axis=axis)
    if objective.metric == Metric.MEETINGS:
        held = sum(1 for m in meetings if not axis or m.axis == axis)
        return Kpi(**base, target=objective.target, unit="", achieved=Decimal(held), realized=None, axis=axis)
    return Kpi(**base, target=objective.target, unit="", achieved=None, realized=None, axis="")


def objective_axis(*, code: str, axes: set[str]) -> str:
    """The axis a meetings objective is about, when its code starts with an axis code and a dash."""
    matches = [axis for axis in axes if code.startswith(f"{axis}-")]
    return max(matches, key=len) if matches else ""


def _investment(*, objective: Objective, items: list[Item], mission: Mission, base: dict[str, str]) -> Kpi:
    code = objective.currency if objective.currency in REPORT_CURRENCIES else "USD"
    target, note = objective.target, ("", "")
    if target is not None and objective.currency and objective.currency != code:
        converted = convert_money(
            money=Money(amount=target, currency=objective.currency),
            target=code,
            figure_date=mission.end_date,
            policy=Policy(),
        )
        target = converted.money.amount
        note = (
            f"Meta de {objective.target} {objective.currency} convertida a {code} con la tasa del BCE del "
            f"{converted.rate.used.isoformat()}.",
            f"Target of {objective.target} {objective.currency} converted to {code} at the ECB rate of "
            f"{converted.rate.used.isoformat()}.",
        )
    announced = money_total(items=items, measure=Measure.INVESTMENT, status=FigureStatus.EXPECTED, code=code)
    realized = money_total(items=items, measure=Measure.INVESTMENT, status=FigureStatus.REALIZED, code=code)
    return Kpi(
        **base, target=target, unit=code, achieved=announced.amount, realized=realized.amount, axis="", note=note
    )


def build_funnel(*, items: list[Item], meetings: Sequence[Meeting]) -> Funnel:
    pipeline = [item for item in items if item.kind in PIPELINE_KINDS and not item.forecast]
    return Funnel(
        meetings=len(meetings),
        leads=len(pipeline),
        announced=sum(1 for item in pipeline if item.stage in ANNOUNCED_OR_LATER),
        realized=sum(1 for item in pipeline if item.stage == Stage.REALIZED),
        lost=sum(1 for item in pipeline if item.stage == Stage.LOST),
    )
