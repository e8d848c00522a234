"""Outcome and exchange-rate lines of the report, from counted items."""

from __future__ import annotations

from collections import Counter

from convoy.missions.models import Organization
from convoy.missions.models.choices import OrganizationKind
from convoy.outcomes.models import Figure, Outcome
from convoy.outcomes.report.data import Amounts, Bilingual, FigureLine, OutcomeLine, RateLine
from convoy.outcomes.services.counting import Item
from convoy.outcomes.services.money import minor_units

MEMBER_GROUPS = (OrganizationKind.MUNICIPALITY, OrganizationKind.STATE)


def outcome_line(*, item: Item) -> OutcomeLine:
    outcome = item.representative
    members = {m for o in item.outcomes for m in o.members.all()}
    transitions = sorted(outcome.transitions.all(), key=lambda t: (t.date, t.pk))
    return OutcomeLine(
        key=item.key,
        title=outcome.title,
        kind=outcome.kind,
        stage=outcome.stage,
        stage_date=transitions[-1].date if transitions else None,
        project=outcome.project.name if outcome.project_id else "",
        project_type=outcome.project_type,
        meeting=meeting_label(outcome=outcome),
        figures=tuple(figure_line(figure=f) for _key, f in sorted(item.figures.items())),
        claims=tuple(
            sorted({(c.organization.name, c.role) for c in item.claims}, key=lambda pair: (_role_order(pair[1]), pair))
        ),
        records=len(item.outcomes),
        members=tuple(sorted(m.name for m in members)),
        members_by_kind=_members_by_kind(members),
        forecast=outcome.forecast,
        synthetic=any(o.synthetic for o in item.outcomes),
    )


def _members_by_kind(members: set[Organization]) -> tuple[tuple[str, int], ...]:
    groups = Counter(m.kind if m.kind in MEMBER_GROUPS else "other" for m in members)
    return tuple((group, groups[group]) for group in ("other", *MEMBER_GROUPS) if groups[group])


def _role_order(role: str) -> int:
    return ("lead", "assisted", "informed").index(role) if role in ("lead", "assisted", "informed") else 3


def meeting_label(*, outcome: Outcome) -> str:
    if outcome.request_id:
        request = outcome.request
        return f"{request.delegation.organization.name} — {request.counterpart.organization.name}"
    if outcome.activity_id:
        return outcome.activity.title
    return ""


def figure_line(*, figure: Figure) -> FigureLine:
    conversions = {c.currency: c.amount for c in figure.conversions.all()}
    converted = Amounts(usd=conversions["USD"], mxn=conversions["MXN"]) if conversions else None
    return FigureLine(
        measure=figure.measure,
        status=figure.status,
        jobs_kind=figure.jobs_kind,
        value=figure.value,
        currency=figure.currency,
        minor_units=minor_units(code=figure.currency) if figure.currency else 0,
        date=figure.date,
        estimated=figure.estimated,
        converted=converted,
    )


def rate_lines(*, items: list[Item]) -> list[RateLine]:
    """Every rate behind a converted figure of the report (identity conversions left out)."""
    found = []
    for item in items:
        for figure in item.figures.values():
            for conversion in figure.conversions.all():
                if conversion.currency == figure.currency:
                    continue
                found.append(
                    RateLine(
                        outcome=item.representative.title,
                        source=figure.currency,
                        target=conversion.currency,
                        rate=conversion.rate,
                        rate_date=conversion.rate_date,
                        requested=conversion.requested_date,
                        policy=conversion.policy,
                        origin=conversion.source,
                        note=Bilingual(es=conversion.note_es, en=conversion.note_en),
                    )
                )
    return sorted(found, key=lambda r: (r.rate_date, r.source, r.target, r.outcome))
