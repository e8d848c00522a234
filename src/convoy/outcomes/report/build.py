"""Build a mission's report from its records: every number here is computed, none typed in."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from decimal import Decimal

from convoy.missions.models import Delegation, Leg, Mission
from convoy.outcomes.models import Outcome
from convoy.outcomes.models.choices import FigureStatus, JobsKind, Measure, OutcomeKind
from convoy.outcomes.report.data import Amounts, Bilingual, Count, MissionReport, Totals
from convoy.outcomes.report.lines import outcome_line, rate_lines
from convoy.outcomes.report.meeting_text import meetings_source
from convoy.outcomes.report.participation import count_participation
from convoy.outcomes.report.summary import write_summary
from convoy.outcomes.services.counting import Item, count_once, with_details
from convoy.outcomes.services.fairness import measure_fairness, meetings_per_delegation
from convoy.outcomes.services.followups import overdue_in_mission
from convoy.outcomes.services.kpis import AGREEMENT_KINDS, build_funnel, measure_objectives
from convoy.outcomes.services.meetings import collect_meetings
from convoy.outcomes.services.pipeline import rank
from convoy.outcomes.services.totals import ANNOUNCED_OR_LATER, count_kind, counted, jobs_total, money_total
from convoy.outcomes.services.traits import sector_title
from convoy.outcomes.values import Meeting

NO_AXIS = Bilingual(es="(sin eje)", en="(no axis)")
NO_SECTOR = Bilingual(es="(sin sector)", en="(no sector)")


def build_report(*, mission: Mission, as_of: dt.date) -> MissionReport:
    items = count_once(outcomes=with_details(Outcome.objects.filter(mission=mission)))
    found = collect_meetings(mission=mission)
    meetings = found.items
    per_delegation = meetings_per_delegation(mission=mission, meetings=meetings)
    report = MissionReport(
        slug=mission.slug,
        title=mission.title,
        convoy="convoy" in mission.title.lower(),
        organizer=mission.organizer.name,
        start_date=mission.start_date,
        end_date=mission.end_date,
        cities=tuple(
            Leg.objects.filter(mission=mission).order_by("order", "start_date").values_list("city", flat=True)
        ),
        as_of=as_of,
        participation=count_participation(mission=mission),
        meetings=len(meetings),
        meeting_requests=found.requests,
        activities=found.activities,
        meetings_source=meetings_source(agenda_version=found.agenda_version),
        agenda_version=found.agenda_version,
        requests_left_off=found.left_off,
        meetings_by_axis=_by_axis(mission=mission, meetings=meetings),
        meetings_by_sector=_by_sector(meetings=meetings),
        fairness=measure_fairness(mission=mission, per_delegation=per_delegation),
        per_delegation=_per_delegation(mission=mission, counts=per_delegation),
        kpis=tuple(measure_objectives(mission=mission, items=items, meetings=meetings)),
        funnel=build_funnel(items=items, meetings=meetings),
        totals=sum_totals(items=items),
        forecasts=tuple(outcome_line(item=i) for i in items if i.forecast),
        outcomes=tuple(outcome_line(item=i) for i in sorted(items, key=_reading_order) if not i.forecast),
        rates=tuple(rate_lines(items=items)),
        late=tuple(overdue_in_mission(mission=mission, today=as_of)),
        synthetic_outcomes=sum(1 for i in items for o in i.outcomes if o.synthetic),
        summary=Bilingual(es="", en=""),
    )
    return _with_summary(report)


KIND_ORDER = ("investment", "jobs", "export_sale", "lead", "agreement", "working_group", "programme")


def _reading_order(item: Item) -> tuple[int, int, str]:
    """Investments first, then jobs, sales, leads, agreements…; within a kind, the most advanced first."""
    kind = KIND_ORDER.index(item.kind) if item.kind in KIND_ORDER else len(KIND_ORDER)
    return kind, -rank(item.stage), item.representative.title


def _with_summary(report: MissionReport) -> MissionReport:
    return replace(report, summary=write_summary(report=report))


def sum_totals(*, items: list[Item]) -> Totals:
    def amounts(measure: str, status: str) -> Amounts:
        return Amounts(
            usd=money_total(items=items, measure=measure, status=status, code="USD").amount,
            mxn=money_total(items=items, measure=measure, status=status, code="MXN").amount,
        )

    programmes = [i for i in counted(items) if i.kind == OutcomeKind.PROGRAMME]
    firms = [i.figures.get((Measure.FIRMS, FigureStatus.EXPECTED, "")) for i in programmes]
    return Totals(
        investment_announced=amounts(Measure.INVESTMENT, FigureStatus.EXPECTED),
        investment_realized=amounts(Measure.INVESTMENT, FigureStatus.REALIZED),
        export_announced=amounts(Measure.EXPORT_SALES, FigureStatus.EXPECTED),
        export_realized=amounts(Measure.EXPORT_SALES, FigureStatus.REALIZED),
        headline_values=amounts(Measure.HEADLINE_VALUE, FigureStatus.EXPECTED),
        jobs_new_expected=jobs_total(items=items, status=FigureStatus.EXPECTED, jobs_kind=JobsKind.NEW),
        jobs_new_realized=jobs_total(items=items, status=FigureStatus.REALIZED, jobs_kind=JobsKind.NEW),
        jobs_retained_expected=jobs_total(items=items, status=FigureStatus.EXPECTED, jobs_kind=JobsKind.RETAINED),
        jobs_retained_realized=jobs_total(items=items, status=FigureStatus.REALIZED, jobs_kind=JobsKind.RETAINED),
        agreements=count_kind(items=items, kinds=AGREEMENT_KINDS, stages=ANNOUNCED_OR_LATER),
        working_groups=count_kind(items=items, kinds=frozenset({OutcomeKind.WORKING_GROUP})),
        programmes=len(programmes),
        programme_firms=int(sum((f.value for f in firms if f is not None), Decimal(0))),
    )


def _by_axis(*, mission: Mission, meetings: tuple[Meeting, ...]) -> tuple[Count, ...]:
    counts = Counter(m.axis for m in meetings)
    rows = [
        Count(key=a.code, label=Bilingual(es=a.name_es, en=a.name_en), value=counts.get(a.code, 0))
        for a in mission.axes.order_by("order", "code")
    ]
    if counts.get(""):
        rows.append(Count(key="", label=NO_AXIS, value=counts[""]))
    return tuple(rows)


def _by_sector(*, meetings: tuple[Meeting, ...]) -> tuple[Count, ...]:
    counts = Counter(m.sector for m in meetings)
    rows = [
        Count(
            key=key,
            label=Bilingual(es=sector_title(key=key, lang="es"), en=sector_title(key=key, lang="en"))
            if key
            else NO_SECTOR,
            value=value,
        )
        for key, value in counts.items()
    ]
    return tuple(sorted(rows, key=lambda c: (-c.value, c.key == "", c.key)))


def _per_delegation(*, mission: Mission, counts: dict[int, int]) -> tuple[Count, ...]:
    rows = [
        Count(
            key=d.organization.key, label=Bilingual(es=d.organization.name, en=d.organization.name), value=counts[d.pk]
        )
        for d in Delegation.objects.filter(mission=mission).select_related("organization")
    ]
    return tuple(sorted(rows, key=lambda c: (-c.value, c.label.es)))
