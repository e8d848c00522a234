"""Agenda versions: the list you may see, and one version with its placements (yours only,
plus public activities, unless you organize the mission)."""

from __future__ import annotations

import dataclasses

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router

from convoy.agenda.models import AgendaVersion
from convoy.agenda.services.diff import title_of
from convoy.agenda.services.summary import summarize_version
from convoy.web.api.common import mission_for
from convoy.web.api.schemas import PlacementOut, VersionDetail, VersionOut
from convoy.web.permissions import can_manage, can_view_version, visible_placements
from convoy.web.views.base import require

router = Router(tags=["agendas"])


def _out(v: AgendaVersion) -> VersionOut:
    return VersionOut(
        number=v.number, status=v.status, origin=v.origin, created_at=v.created_at, published_at=v.published_at
    )


@router.get("/{slug}/agendas", response=list[VersionOut], summary="Agenda versions you may see")
def list_agendas(request: HttpRequest, slug: str) -> list[VersionOut]:
    mission, access = mission_for(request, slug)
    versions = AgendaVersion.objects.filter(mission=mission).order_by("number")
    return [_out(v) for v in versions if can_view_version(access=access, version=v)]


@router.get("/{slug}/agendas/{number}", response=VersionDetail, summary="One version and the placements you may see")
def get_agenda(request: HttpRequest, slug: str, number: int) -> VersionDetail:
    mission, access = mission_for(request, slug)
    version = get_object_or_404(AgendaVersion, mission=mission, number=number)
    require(can_view_version(access=access, version=version))
    rows = (
        visible_placements(access=access, version=version)
        .select_related(
            "leg", "venue", "activity", "request__delegation__organization", "request__counterpart__organization"
        )
        .prefetch_related("delegations", "counterparts")
    )
    placements = [
        PlacementOut(
            key=p.key,
            kind=p.kind,
            title=title_of(p),
            leg=p.leg.code,
            time_zone=p.leg.time_zone,
            date=p.date,
            start=p.start,
            end=p.end,
            venue=p.venue.name if p.venue else None,
            delegations=[d.pk for d in p.delegations.all()] if access.organizer or p.request_id else [],
            counterparts=[c.pk for c in p.counterparts.all()] if access.organizer or p.request_id else [],
        )
        for p in rows
    ]
    statistics = dataclasses.asdict(summarize_version(version=version)) if can_manage(access=access) else None
    return VersionDetail(**_out(version).dict(), statistics=statistics, placements=placements)
