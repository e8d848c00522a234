"""The report's figures recomputed straight from the database, without the report's own code.

Written separately from ``convoy.outcomes`` on purpose: plain queries and loops, the rules
stated in the report's "how it is counted" section, so that a slip in the services shows up
as a difference.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from convoy.agenda.models import AgendaVersion, Placement
from convoy.missions.models import Activity, Counterpart, Delegation, MeetingRequest, Mission
from convoy.outcomes.models import Conversion, Figure, Outcome

ORDER = ["lead", "qualified", "active", "decision", "announced", "realized"]
PIPELINE = {"lead", "investment", "jobs", "export_sale"}


def strength(outcome: Outcome) -> tuple[int, int]:
    return (ORDER.index(outcome.stage) if outcome.stage != "lost" else -1), -outcome.pk


def groups(mission: Mission) -> list[list[Outcome]]:
    """Outcomes of the mission, one group per project (or per outcome without project), strongest first."""
    found: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in Outcome.objects.filter(mission=mission).order_by("pk"):
        found[f"p{outcome.project_id}" if outcome.project_id else f"o{outcome.pk}"].append(outcome)
    return [sorted(records, key=strength, reverse=True) for records in found.values()]


def participation(mission: Mission) -> dict[str, int]:
    orgs = [d.organization for d in Delegation.objects.filter(mission=mission).select_related("organization")]
    municipalities = [o for o in orgs if o.kind == "municipality"]
    states = [o for o in orgs if o.kind == "state"]
    partners = {c.organization for c in Counterpart.objects.filter(mission=mission).select_related("organization")}
    business = [o for o in partners if o.kind in ("company", "chamber", "investor", "cluster")]
    return {
        "municipalities": len(municipalities),
        "municipality_states": len({o.inegi_key[:2] for o in municipalities}),
        "state_governments": len(states),
        "other_delegations": len(orgs) - len(municipalities) - len(states),
        "business": len(business),
        "other_counterparts": len(partners) - len(business),
    }


def published_number(mission: Mission) -> int | None:
    version = AgendaVersion.objects.filter(mission=mission, status="published").first()
    return version.number if version is not None else None


def _on_agenda(mission: Mission) -> list[Placement]:
    """Placements of the published agenda, travel left out."""
    placements = Placement.objects.filter(version__mission=mission, version__status="published")
    return [p for p in placements if p.activity is None or p.activity.kind != "travel"]


def meetings(mission: Mission) -> dict[str, int]:
    """Meetings, bilateral meetings, activities and accepted requests left off, as the report should count them."""
    accepted = set(MeetingRequest.objects.filter(mission=mission, status="accepted").values_list("pk", flat=True))
    if published_number(mission) is None:
        activities = Activity.objects.filter(mission=mission).exclude(kind="travel").count()
        return {"requests": len(accepted), "activities": activities, "meetings": len(accepted) + activities, "off": 0}
    placements = _on_agenda(mission)
    requests = sum(1 for p in placements if p.kind == "meeting")
    placed = {p.request_id for p in placements}
    return {
        "requests": requests,
        "activities": len(placements) - requests,
        "meetings": len(placements),
        "off": len(accepted - placed),
    }


def _leg_delegations(mission: Mission, leg_id: int) -> list[int]:
    return list(Delegation.objects.filter(mission=mission, legs__pk=leg_id).values_list("pk", flat=True))


def per_delegation(mission: Mission) -> list[int]:
    """Meetings of each delegation of the mission (zeros included), sorted."""
    counts = dict.fromkeys(Delegation.objects.filter(mission=mission).values_list("pk", flat=True), 0)
    attending: list[list[int]] = []
    if published_number(mission) is None:
        for request in MeetingRequest.objects.filter(mission=mission, status="accepted"):
            attending.append([request.delegation_id])
        for activity in Activity.objects.filter(mission=mission).exclude(kind="travel"):
            listed = list(activity.delegations.values_list("pk", flat=True))
            attending.append(listed or _leg_delegations(mission, activity.leg_id))
    else:
        for placement in _on_agenda(mission):
            listed = list(placement.delegations.values_list("pk", flat=True))
            activity = placement.activity
            open_to_leg = activity is not None and activity.public and not activity.delegations.exists()
            if not listed and placement.kind == "fixed" and open_to_leg:
                listed = _leg_delegations(mission, placement.leg_id)
            attending.append(listed)
    for pks in attending:
        for pk in pks:
            counts[pk] += 1
    return sorted(counts.values())


def funnel(mission: Mission) -> dict[str, int]:
    pipeline = [g for g in groups(mission) if g[0].kind in PIPELINE and not g[0].forecast]
    return {
        "leads": len(pipeline),
        "announced": sum(1 for g in pipeline if g[0].stage in ("announced", "realized")),
        "realized": sum(1 for g in pipeline if g[0].stage == "realized"),
        "lost": sum(1 for g in pipeline if g[0].stage == "lost"),
    }


def _figure(group: list[Outcome], measure: str, status: str, jobs_kind: str = "") -> Figure | None:
    for outcome in group:
        figure = Figure.objects.filter(outcome=outcome, measure=measure, status=status, jobs_kind=jobs_kind).first()
        if figure is not None:
            return figure
    return None


def _counted(group: list[Outcome], status: str) -> bool:
    top = group[0]
    if top.forecast or top.stage == "lost":
        return False
    return top.stage == "realized" if status == "realized" else top.stage in ("announced", "realized")


def money(mission: Mission, measure: str, status: str, currency: str) -> Decimal:
    total = Decimal(0)
    for group in groups(mission):
        figure = _figure(group, measure, status)
        if figure is not None and _counted(group, status):
            total += Conversion.objects.get(figure=figure, currency=currency).amount
    return total


def jobs(mission: Mission, status: str, jobs_kind: str) -> int:
    total = 0
    for group in groups(mission):
        figure = _figure(group, "jobs", status, jobs_kind)
        if figure is not None and _counted(group, status):
            total += int(figure.value)
    return total


def signed_agreements(mission: Mission) -> int:
    return sum(1 for g in groups(mission) if g[0].kind == "agreement" and g[0].stage in ("announced", "realized"))


def forecast_figures(mission: Mission) -> list[Figure]:
    return list(Figure.objects.filter(outcome__mission=mission, outcome__forecast=True).order_by("measure"))


def working_group_members(mission: Mission) -> list[dict[str, int]]:
    found = []
    for outcome in Outcome.objects.filter(mission=mission, kind="working_group"):
        kinds = list(outcome.members.values_list("kind", flat=True))
        found.append(
            {
                "municipality": kinds.count("municipality"),
                "state": kinds.count("state"),
                "other": len(kinds) - kinds.count("municipality") - kinds.count("state"),
            }
        )
    return found


def programme_firms(mission: Mission) -> int:
    figures = Figure.objects.filter(outcome__mission=mission, outcome__kind="programme", measure="firms")
    return int(sum(f.value for f in figures))
