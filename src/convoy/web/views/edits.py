"""Manual edit of a draft: the form, the checker's verdict at once (htmx), and saving."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import get_language, gettext_lazy

from convoy.agenda.models import AgendaVersion, Placement
from convoy.missions.models import Venue
from convoy.planning.check import CheckReport
from convoy.web.permissions import can_manage
from convoy.web.services.edits import EditError, Move, apply_move, check_move
from convoy.web.views.agenda_pick import placements_of, title
from convoy.web.views.base import mission_access, page, require


class MoveForm(forms.Form):
    date = forms.ChoiceField(label=gettext_lazy("Day"))
    start = forms.TimeField(label=gettext_lazy("Starts (local time)"), widget=forms.TimeInput(attrs={"type": "time"}))
    venue = forms.ModelChoiceField(label=gettext_lazy("Venue"), queryset=Venue.objects.none(), required=False)

    def __init__(self, *args: object, placement: Placement, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        leg = placement.leg
        self.fields["date"].choices = [(d.isoformat(), d.isoformat()) for d in leg.days()]  # type: ignore[attr-defined]
        self.fields["venue"].queryset = leg.venues.all()  # type: ignore[attr-defined]
        self.fields["start"].help_text = f"{leg.time_zone}, {leg.slot_minutes} min"

    def move(self, key: str) -> Move:
        import datetime as dt

        data = self.cleaned_data
        return Move(key=key, date=dt.date.fromisoformat(data["date"]), start=data["start"], venue=data["venue"])


def _verdict_lines(report: CheckReport) -> list[str]:
    english = (get_language() or "es").startswith("en")
    return [v.en if english else v.es for v in report.violations]


def edit(request: HttpRequest, slug: str, number: int, pk: int) -> HttpResponse:
    mission, access = mission_access(request, slug)
    require(can_manage(access=access))
    version = get_object_or_404(AgendaVersion, mission=mission, number=number)
    placement = get_object_or_404(Placement.objects.select_related("leg", "venue"), version=version, pk=pk)
    initial = {"date": placement.date.isoformat(), "start": placement.start, "venue": placement.venue}
    form = MoveForm(request.POST or None, placement=placement, initial=initial)
    verdict: list[str] | None = None
    error = ""
    if request.method == "POST" and form.is_valid():
        try:
            if request.htmx or "check" in request.POST:  # type: ignore[attr-defined]
                verdict = _verdict_lines(check_move(version=version, move=form.move(placement.key)))
            else:
                stored, report = apply_move(
                    version=version, move=form.move(placement.key), created_by=request.user.get_username()
                )
                if stored is not None:
                    messages.success(request, _saved(stored.number))
                    return redirect("web:version", slug, stored.number)
                verdict = _verdict_lines(report)
        except EditError as problem:
            error = str(problem)
    template = "convoy/web/edit_verdict.html" if request.htmx else "convoy/web/edit.html"  # type: ignore[attr-defined]
    return page(
        request,
        template,
        mission=mission,
        access=access,
        section="agenda",
        version=version,
        placement=placement,
        title=title(placement),
        form=form,
        verdict=verdict,
        error=error,
    )


def _saved(number: int) -> str:
    from django.utils.translation import gettext as _

    return _("The checker accepts the edit; it is saved as draft version %(number)d.") % {"number": number}


def edit_list(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    mission, access = mission_access(request, slug)
    require(can_manage(access=access))
    version = get_object_or_404(AgendaVersion, mission=mission, number=number)
    rows = [(p, title(p)) for p in placements_of(version)]
    return page(
        request,
        "convoy/web/edit_list.html",
        mission=mission,
        access=access,
        section="agenda",
        version=version,
        rows=rows,
    )
