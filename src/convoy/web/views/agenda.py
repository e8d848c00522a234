"""Agenda generation with live progress, versions with their statistics, and publishing
with the diff ("what changed for you") and the people to notify."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from convoy.agenda.models import AgendaVersion, PlanningRun
from convoy.agenda.models.choices import VersionStatus
from convoy.agenda.services.diff import diff_versions
from convoy.agenda.services.errors import AgendaError
from convoy.agenda.services.lookup import published_version
from convoy.agenda.services.publish import publish_version
from convoy.agenda.services.summary import summarize_version
from convoy.missions.models import Counterpart, Delegation, Mission, Venue
from convoy.web.permissions import Access, can_manage
from convoy.web.services.planning import start_planning
from convoy.web.views.agenda_pick import pick_version
from convoy.web.views.base import mission_access, page, require
from convoy.web.views.replan import version_context

RUN_DONE = 286  # htmx stops polling on this status


class GenerateForm(forms.Form):
    time_limit = forms.FloatField(label=gettext_lazy("Time limit (seconds)"), min_value=1, max_value=600, initial=10)


def agenda(request: HttpRequest, slug: str) -> HttpResponse:
    mission, access = mission_access(request, slug)
    version = pick_version(request, mission=mission, access=access)
    context: dict[str, object] = {"version": version}
    if can_manage(access=access):
        context |= {
            "versions": AgendaVersion.objects.filter(mission=mission).order_by("-number"),
            "runs": PlanningRun.objects.filter(mission=mission)[:5],
            "form": GenerateForm(),
            "delegations": Delegation.objects.filter(mission=mission).select_related("organization"),
            "counterparts": Counterpart.objects.filter(mission=mission).select_related("organization", "leg"),
            "venues": Venue.objects.filter(leg__mission=mission).select_related("leg"),
            "days": [(leg, day) for leg in mission.legs.order_by("order") for day in leg.days()],
        }
    return page(request, "convoy/web/agenda.html", mission=mission, access=access, section="agenda", **context)


@require_POST
def generate(request: HttpRequest, slug: str) -> HttpResponse:
    mission, access = mission_access(request, slug)
    require(can_manage(access=access))
    form = GenerateForm(request.POST)
    limit = form.cleaned_data["time_limit"] if form.is_valid() else 10.0
    run = start_planning(mission=mission, time_limit=limit, created_by=request.user.get_username())
    return redirect("web:run", slug, run.pk)


def _run(request: HttpRequest, slug: str, pk: int) -> tuple[Mission, Access, PlanningRun]:
    mission, access = mission_access(request, slug)
    require(can_manage(access=access))
    return mission, access, get_object_or_404(PlanningRun.objects.select_related("version"), mission=mission, pk=pk)


def run_page(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    mission, access, run = _run(request, slug, pk)
    summary = summarize_version(version=run.version) if run.version else None
    return page(
        request, "convoy/web/run.html", mission=mission, access=access, section="agenda", run=run, summary=summary
    )


def run_progress(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """htmx polling: the progress fragment; status 286 once the run has ended (stops polling)."""
    mission, access, run = _run(request, slug, pk)
    summary = summarize_version(version=run.version) if run.version else None
    response = page(
        request,
        "convoy/web/run_progress.html",
        mission=mission,
        access=access,
        section="agenda",
        run=run,
        summary=summary,
    )
    if run.status in ("done", "failed"):
        response.status_code = RUN_DONE
    return response


def version_page(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    mission, access = mission_access(request, slug)
    require(can_manage(access=access))
    version = get_object_or_404(AgendaVersion, mission=mission, number=number)
    context = version_context(version=version)
    return page(request, "convoy/web/version.html", mission=mission, access=access, section="agenda", **context)


def publish(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    mission, access = mission_access(request, slug)
    require(can_manage(access=access))
    version = get_object_or_404(AgendaVersion, mission=mission, number=number)
    if request.method == "POST":
        try:
            published, _previous = publish_version(mission=mission, number=number)
        except AgendaError as error:
            messages.error(request, str(error))
            return redirect("web:version", slug, number)
        messages.success(request, _("Version %(number)d is published.") % {"number": published.number})
        return redirect("web:version", slug, number)
    current = published_version(mission=mission)
    diff = diff_versions(old=current, new=version) if current is not None and current.pk != version.pk else None
    return page(
        request,
        "convoy/web/publish.html",
        mission=mission,
        access=access,
        section="agenda",
        version=version,
        current=current,
        diff=diff,
        publishable=version.status == VersionStatus.DRAFT,
    )
