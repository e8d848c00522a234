"""Readable summaries of stored missions (for the CLI and the dashboard)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count

from convoy.missions.models import Counterpart, Delegation, Leg, MeetingRequest, Mission
from convoy.missions.models.choices import OrganizationKind
from convoy.reference import inegi


@dataclass(frozen=True)
class LegLine:
    code: str
    city: str
    country: str
    time_zone: str
    start_date: dt.date
    end_date: dt.date
    counterparts: int


@dataclass(frozen=True)
class MissionSummary:
    slug: str
    title: str
    status: str
    status_label: str
    start_date: dt.date
    end_date: dt.date
    organizer: str
    legs: tuple[LegLine, ...]
    delegations: int
    municipalities: int
    states_represented: int
    delegations_by_state: tuple[tuple[str, int], ...]
    delegations_by_kind: tuple[tuple[str, int], ...]
    counterparts: int
    counterparts_by_city: tuple[tuple[str, int], ...]
    requests: int
    requests_by_status: tuple[tuple[str, int], ...]
    activities: int
    synthetic_records: int


def state_of(*, inegi_key: str, subdivision: str) -> str | None:
    """Name of the Mexican state an organization belongs to, if any."""
    if inegi_key:
        state = inegi.state(inegi_key[:2])
        return state.name if state else None
    if subdivision.startswith("MX-"):
        state = inegi.state_by_iso(subdivision)
        return state.name if state else None
    return None


def _sorted_counts(counter: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def summarize_mission(*, mission: Mission) -> MissionSummary:
    legs = (
        Leg.objects.filter(mission=mission)
        .annotate(n_counterparts=Count("counterparts"))
        .order_by("order", "start_date")
    )
    delegations = list(Delegation.objects.filter(mission=mission).select_related("organization"))
    by_state: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    for delegation in delegations:
        org = delegation.organization
        by_kind[org.get_kind_display()] += 1
        state = state_of(inegi_key=org.inegi_key, subdivision=org.subdivision)
        if state:
            by_state[state] += 1
    counterparts = Counterpart.objects.filter(mission=mission).select_related("leg")
    by_city = Counter(c.leg.city for c in counterparts)
    requests = MeetingRequest.objects.filter(mission=mission)
    by_status = Counter(str(r.get_status_display()) for r in requests)
    synthetic = sum(
        model.objects.filter(mission=mission, synthetic=True).count()
        for model in (Leg, Delegation, Counterpart, MeetingRequest)
    )
    return MissionSummary(
        slug=mission.slug,
        title=mission.title,
        status=mission.status,
        status_label=str(mission.get_status_display()),
        start_date=mission.start_date,
        end_date=mission.end_date,
        organizer=mission.organizer.name,
        legs=tuple(
            LegLine(
                code=leg.code,
                city=leg.city,
                country=leg.country,
                time_zone=leg.time_zone,
                start_date=leg.start_date,
                end_date=leg.end_date,
                counterparts=leg.n_counterparts,
            )
            for leg in legs
        ),
        delegations=len(delegations),
        municipalities=sum(1 for d in delegations if d.organization.kind == OrganizationKind.MUNICIPALITY),
        states_represented=len(by_state),
        delegations_by_state=_sorted_counts(by_state),
        delegations_by_kind=_sorted_counts(by_kind),
        counterparts=sum(by_city.values()),
        counterparts_by_city=_sorted_counts(by_city),
        requests=requests.count(),
        requests_by_status=_sorted_counts(by_status),
        activities=mission.activities.count(),
        synthetic_records=synthetic,
    )
