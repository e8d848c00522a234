"""Re-plan a published agenda after a change, and confirm placements: the organizer's
pages over ``agenda.services`` (``runs.start_run`` with the change, ``publish.confirm_placements``).

A re-plan records the change at once (a wrong one is a form error in the user's language),
then its run is carried out like a generation; once it has stored a draft, the organizer
lands on that draft's review page, which shows the diff against the published version."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from convoy.agenda.models import AgendaVersion
from convoy.agenda.models.choices import VersionStatus
from convoy.agenda.services.changes import Changes
from convoy.agenda.services.errors import AgendaError
from convoy.agenda.services.publish import confirm_placements
from convoy.agenda.services.summary import summarize_version
from convoy.missions.models import Counterpart, Delegation, Leg, Mission
from convoy.web.permissions import can_confirm_placements, can_replan
from convoy.web.services.planning import start_planning
from convoy.web.views.agenda_pick import placements_of, title
from convoy.web.views.base import mission_access, page, require

CHANGES = [
    ("cancel", gettext_lazy("A counterpart cancels")),
    ("remove_slot", gettext_lazy("A slot is removed")),
    ("add_delegation", gettext_lazy("A delegation is added")),
]


class ReplanForm(forms.Form):
    change = forms.ChoiceField(label=gettext_lazy("What changed"), choices=CHANGES, widget=forms.RadioSelect)
    counterpart = forms.ModelChoiceField(
        label=gettext_lazy("Counterpart that cancels"), queryset=Counterpart.objects.none(), required=False
    )
    leg = forms.ModelChoiceField(
        label=gettext_lazy("Leg of the removed slot"), queryset=Leg.objects.none(), required=False
    )
    date = forms.DateField(
        label=gettext_lazy("Date of the removed slot"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    time = forms.TimeField(
        label=gettext_lazy("Time of the removed slot (local)"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
    )
    delegation = forms.ModelChoiceField(
        label=gettext_lazy("Delegation added"), queryset=Delegation.objects.none(), required=False
    )
    time_limit = forms.FloatField(label=gettext_lazy("Time limit (seconds)"), min_value=1, max_value=600, initial=10)

    def __init__(self, *args: Any, mission: Mission, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["counterpart"].queryset = Counterpart.objects.filter(mission=mission).select_related(  # type: ignore[attr-defined]
            "organization", "leg"
        )
        self.fields["leg"].queryset = mission.legs.order_by("order")  # type: ignore[attr-defined]
        self.fields["delegation"].queryset = Delegation.objects.filter(mission=mission).select_related(  # type: ignore[attr-defined]
            "organization"
        )
        self.fields["delegation"].label_from_instance = lambda d: d.organization.name  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        needed = {"cancel": ["counterpart"], "remove_slot": ["leg", "date", "time"], "add_delegation": ["delegation"]}
        for name in needed.get(data.get("change", ""), []):
            if data.get(name) in (None, "") and name not in self.errors:
                self.add_error(name, _("Give this for the change you chose."))
        return data

    def changes(self) -> Changes:
        data = self.cleaned_data
        if data["change"] == "cancel":
            counterpart = data["counterpart"]
            return Changes(cancel=counterpart.organization.key, leg=counterpart.leg.code)
        if data["change"] == "remove_slot":
            return Changes(remove_slot=(data["leg"].code, data["date"].isoformat(), f"{data['time']:%H:%M}"))
        return Changes(add_delegation=data["delegation"].organization.key)


def _version(request: HttpRequest, slug: str, number: int) -> tuple[Mission, Any, AgendaVersion]:
    mission, access = mission_access(request, slug)
    return mission, access, get_object_or_404(AgendaVersion, mission=mission, number=number)


def version_context(*, version: AgendaVersion, form: ReplanForm | None = None) -> dict[str, object]:
    """What the version page shows: statistics, the checker's verdict, the placements to
    confirm and, on the published version, the re-plan form."""
    published = version.status == VersionStatus.PUBLISHED
    return {
        "version": version,
        "summary": summarize_version(version=version),
        "violations": version.verdict.get("violations", []),
        "replan_form": (form or ReplanForm(mission=version.mission)) if published else None,
        "placement_rows": [(p, title(p)) for p in placements_of(version)],
    }


def replan(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    mission, access, version = _version(request, slug, number)
    require(can_replan(access=access))
    if request.method != "POST" or version.status != VersionStatus.PUBLISHED:
        return redirect("web:version", slug, number)
    form = ReplanForm(request.POST, mission=mission)
    if form.is_valid():
        try:
            run = start_planning(
                mission=mission,
                time_limit=form.cleaned_data["time_limit"],
                created_by=request.user.get_username(),
                changes=form.changes(),
            )
        except AgendaError as error:
            form.add_error(None, str(error))
        else:
            if run.version is not None:
                return redirect("web:publish", slug, run.version.number)
            return redirect("web:run", slug, run.pk)
    context = version_context(version=version, form=form)
    response = page(request, "convoy/web/version.html", mission=mission, access=access, section="agenda", **context)
    response.status_code = 400
    return response


def confirm(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    _mission, access, version = _version(request, slug, number)
    require(can_confirm_placements(access=access))
    if request.method == "POST":
        keys = request.POST.getlist("key")
        if not keys:
            messages.error(request, _("Tick the placements to confirm."))
        else:
            try:
                count = confirm_placements(version=version, keys=keys)
            except AgendaError as error:
                messages.error(request, str(error))
            else:
                text = ngettext("%(count)d placement confirmed.", "%(count)d placements confirmed.", count)
                messages.success(request, text % {"count": count})
    return redirect("web:version", slug, number)
