"""Agenda views as timeline grids (local time, zone shown): by delegation, counterpart, venue, day."""

from __future__ import annotations

import datetime as dt

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from convoy.agenda.models import AgendaVersion, Placement
from convoy.missions.models import Counterpart, Delegation, Leg, Mission, Venue
from convoy.web.permissions import (
    Access,
    can_view_agenda_of_counterpart,
    can_view_agenda_of_delegation,
    can_view_whole_agenda,
    visible_placements,
)
from convoy.web.services.timeline import Table, build_table, zone_label
from convoy.web.views.agenda_pick import pick_version, placements_of, title
from convoy.web.views.base import mission_access, page, require


def _by_days(*, legs: list[Leg], placements: list[Placement]) -> list[tuple[Table, str]]:
    tables = []
    for leg in legs:
        mine = [p for p in placements if p.leg_id == leg.pk]
        table = build_table(
            leg=leg,
            lanes=[(d.isoformat(), d.isoformat()) for d in leg.days()],
            placements=mine,
            lane_of=lambda p: p.date.isoformat(),
            title_of=title,
        )
        tables.append((table, zone_label(leg=leg, date=leg.start_date)))
    return tables


def _render(
    request: HttpRequest,
    *,
    mission: Mission,
    access: Access,
    version: AgendaVersion | None,
    heading: str,
    tables: list[tuple[Table, str]],
    downloads: list[tuple[str, str]] | None = None,
) -> HttpResponse:
    return page(
        request,
        "convoy/web/timeline.html",
        mission=mission,
        access=access,
        section="agenda",
        version=version,
        heading=heading,
        tables=tables,
        downloads=downloads or [],
    )


def _downloads(*, slug: str, party: str, pk: int, version: AgendaVersion | None) -> list[tuple[str, str]]:
    if version is None:
        return []
    query = f"?{party}={pk}&version={version.number}"
    base = reverse("web:download", args=[slug, "calendar"])
    booklet = reverse("web:download", args=[slug, "booklet"])
    return [(_("Calendar (.ics)"), base + query), (_("Booklet (PDF)"), booklet + query)]


def _shown(access: Access, version: AgendaVersion) -> list[Placement]:
    allowed = set(visible_placements(access=access, version=version).values_list("pk", flat=True))
    return [p for p in placements_of(version) if p.pk in allowed]


def by_delegation(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    mission, access = mission_access(request, slug)
    delegation = get_object_or_404(Delegation.objects.select_related("organization"), mission=mission, pk=pk)
    require(can_view_agenda_of_delegation(access=access, delegation=delegation))
    version = pick_version(request, mission=mission, access=access)
    tables = []
    if version is not None:
        mine = [
            p
            for p in _shown(access, version)
            if any(d.pk == pk for d in p.delegations.all())
            or (p.activity is not None and p.activity.public and p.request is None)
        ]
        tables = _by_days(legs=list(delegation.legs.order_by("order")) or list(mission.legs.all()), placements=mine)
    return _render(
        request,
        mission=mission,
        access=access,
        version=version,
        heading=delegation.organization.name,
        tables=tables,
        downloads=_downloads(slug=slug, party="delegation", pk=pk, version=version),
    )


def by_counterpart(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    mission, access = mission_access(request, slug)
    counterpart = get_object_or_404(Counterpart.objects.select_related("organization", "leg"), mission=mission, pk=pk)
    require(can_view_agenda_of_counterpart(access=access, counterpart=counterpart))
    version = pick_version(request, mission=mission, access=access)
    tables = []
    if version is not None:
        mine = [p for p in _shown(access, version) if any(c.pk == pk for c in p.counterparts.all())]
        tables = _by_days(legs=[counterpart.leg], placements=mine)
    return _render(
        request,
        mission=mission,
        access=access,
        version=version,
        heading=str(counterpart),
        tables=tables,
        downloads=_downloads(slug=slug, party="counterpart", pk=pk, version=version),
    )


def by_venue(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    mission, access = mission_access(request, slug)
    require(can_view_whole_agenda(access=access))
    venue = get_object_or_404(Venue.objects.select_related("leg"), leg__mission=mission, pk=pk)
    version = pick_version(request, mission=mission, access=access)
    tables = []
    if version is not None:
        here = [p for p in placements_of(version) if p.venue_id == venue.pk]
        tables = _by_days(legs=[venue.leg], placements=here)
    return _render(request, mission=mission, access=access, version=version, heading=venue.name, tables=tables)


def by_day(request: HttpRequest, slug: str, leg: str, date: str) -> HttpResponse:
    mission, access = mission_access(request, slug)
    require(can_view_whole_agenda(access=access))
    found = get_object_or_404(Leg, mission=mission, code=leg)
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        raise Http404 from None
    version = pick_version(request, mission=mission, access=access)
    tables = []
    if version is not None:
        that_day = [p for p in placements_of(version) if p.leg_id == found.pk and p.date == day]
        venues = list(found.venues.all())
        lanes = [(str(v.pk), v.name) for v in venues]
        if any(p.venue_id is None for p in that_day):
            lanes.append(("", "—"))
        table = build_table(
            leg=found, lanes=lanes, placements=that_day, lane_of=lambda p: str(p.venue_id or ""), title_of=title
        )
        tables = [(table, zone_label(leg=found, date=day))]
    heading = f"{found.city} · {day.isoformat()}"
    return _render(request, mission=mission, access=access, version=version, heading=heading, tables=tables)


def programme(request: HttpRequest, slug: str) -> HttpResponse:
    """What the mission publishes to everyone: the public activities of the published agenda."""
    mission, access = mission_access(request, slug)
    version = AgendaVersion.objects.filter(mission=mission, status="published").first()
    tables = []
    if version is not None:
        public = set(
            visible_placements(access=Access(mission_id=mission.pk, role="viewer"), version=version).values_list(
                "pk", flat=True
            )
        )
        shown = [p for p in placements_of(version) if p.pk in public]
        tables = _by_days(legs=list(mission.legs.order_by("order")), placements=shown)
    return _render(request, mission=mission, access=access, version=version, heading=mission.title, tables=tables)
