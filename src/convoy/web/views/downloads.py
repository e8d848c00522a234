"""Downloads of the calendar (.ics), booklet (PDF) and agenda workbook (.xlsx) for whoever may
see them: a delegation or counterpart its own (published agenda), organizers anyone's or the
whole mission's (any version)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from convoy.agenda.models import AgendaVersion
from convoy.agenda.models.choices import VersionStatus
from convoy.documents.audience import MISSION, Audience
from convoy.documents.booklet import render_booklet, render_counterpart_agenda, render_programme
from convoy.documents.ics import calendar_feed
from convoy.documents.produce import Chosen, programme_of, programmes_of
from convoy.documents.spreadsheet import delegation_workbook, mission_workbook
from convoy.missions.models import Counterpart, Delegation, Mission
from convoy.web.permissions import (
    Access,
    can_manage,
    can_view_agenda_of_counterpart,
    can_view_agenda_of_delegation,
)
from convoy.web.views.agenda_pick import pick_version
from convoy.web.views.base import english, mission_access, require

KINDS = {
    "calendar": ("text/calendar; charset=utf-8", "ics"),
    "booklet": ("application/pdf", "pdf"),
    "workbook": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
}


def _audience(request: HttpRequest, *, mission: Mission, access: Access) -> Audience:
    """Whose documents: the one asked (if allowed), else the user's own party, else the mission."""
    delegation_id: object = request.GET.get("delegation")
    counterpart_id: object = request.GET.get("counterpart")
    if not (delegation_id or counterpart_id):
        delegation_id, counterpart_id = access.delegation_id, access.counterpart_id
    if delegation_id:
        found = get_object_or_404(Delegation.objects.select_related("organization"), mission=mission, pk=delegation_id)
        require(can_view_agenda_of_delegation(access=access, delegation=found))
        return Audience(kind="delegation", key=found.organization.key)
    if counterpart_id:
        counterpart = get_object_or_404(
            Counterpart.objects.select_related("organization"), mission=mission, pk=counterpart_id
        )
        require(can_view_agenda_of_counterpart(access=access, counterpart=counterpart))
        return Audience(kind="counterpart", key=counterpart.organization.key)
    require(can_manage(access=access))
    return MISSION


def _chosen(version: AgendaVersion) -> Chosen:
    shown = (VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED)
    earlier = AgendaVersion.objects.filter(mission=version.mission, number__lt=version.number, status__in=shown)
    return Chosen(version=version, history=(*earlier.order_by("number"), version))


def _render(kind: str, *, chosen: Chosen, audience: Audience, language: str) -> bytes:
    if kind == "calendar":
        programmes = programmes_of(chosen=chosen)
        latest = programmes[-1]
        name = latest.title.text if audience == MISSION else f"{latest.title.text} — {audience.key}"
        return calendar_feed(versions=programmes, audience=audience, name=name, language=language)
    programme = programme_of(chosen=chosen)
    if kind == "workbook":
        if audience.kind == "delegation":
            return delegation_workbook(programme=programme, delegation=audience.key)
        return mission_workbook(programme=programme)
    if audience.kind == "delegation":
        return render_booklet(programme=programme, delegation=audience.key, language=language)
    if audience.kind == "counterpart":
        return render_counterpart_agenda(programme=programme, counterpart=audience.key, language=language)
    return render_programme(programme=programme, language=language)


def download(request: HttpRequest, slug: str, kind: str) -> HttpResponse:
    if kind not in KINDS:
        raise Http404
    mission, access = mission_access(request, slug)
    audience = _audience(request, mission=mission, access=access)
    version = pick_version(request, mission=mission, access=access)
    if version is None:
        raise Http404
    language = "en" if english() else "es"
    content_type, suffix = KINDS[kind]
    data = _render(kind, chosen=_chosen(version), audience=audience, language=language)
    response = HttpResponse(data, content_type=content_type)
    who = audience.key or "mission"
    response["Content-Disposition"] = f'attachment; filename="{mission.slug}-{who}-{kind}-v{version.number}.{suffix}"'
    return response
