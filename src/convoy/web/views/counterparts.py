"""Counterparts: the list (per leg) and a counterpart's detail; private notes for organizers only."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from convoy.missions.models import Counterpart
from convoy.web.permissions import can_list_counterparts, can_view_counterpart, can_view_private_notes
from convoy.web.services.sectors import sector_titles
from convoy.web.views.base import english, mission_access, page, require


def counterparts(request: HttpRequest, slug: str) -> HttpResponse:
    mission, access = mission_access(request, slug)
    require(can_list_counterparts(access=access))
    rows = Counterpart.objects.filter(mission=mission).select_related("organization", "leg", "venue")
    return page(
        request, "convoy/web/counterparts.html", mission=mission, access=access, section="counterparts", rows=rows
    )


def counterpart(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    mission, access = mission_access(request, slug)
    found = get_object_or_404(
        Counterpart.objects.select_related("organization", "leg", "venue", "contact"), mission=mission, pk=pk
    )
    require(can_view_counterpart(access=access, counterpart=found))
    language = "en" if english() else "es"
    return page(
        request,
        "convoy/web/counterpart.html",
        mission=mission,
        access=access,
        section="counterparts",
        counterpart=found,
        interests=found.interests.order_by("direction", "kind", "pk"),
        availability=found.availability.all(),
        notes=found.private_notes if can_view_private_notes(access=access) else None,
        sectors=sector_titles(codes=list(found.organization.scian_codes), language=language),
    )
