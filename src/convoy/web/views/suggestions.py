"""Matchmaking: run it, read each suggestion's explanation, accept or reject one by one or in bulk."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from convoy.missions.models import Suggestion
from convoy.missions.models.suggestion import SuggestionStatus
from convoy.missions.services.match import match_mission
from convoy.missions.services.match_decide import accept_suggestions, reject_suggestions
from convoy.web.permissions import can_manage
from convoy.web.views.base import english, mission_access, page, require

DECISIONS = {"accept": accept_suggestions, "reject": reject_suggestions}


def suggestions(request: HttpRequest, slug: str) -> HttpResponse:
    mission, access = mission_access(request, slug)
    require(can_manage(access=access))
    status = request.GET.get("status", SuggestionStatus.PROPOSED)
    rows = (
        Suggestion.objects.filter(mission=mission)
        .select_related("delegation__organization", "counterpart__organization", "counterpart__leg", "activity")
        .order_by("delegation__organization__name", "-score", "pk")
    )
    if status in SuggestionStatus.values:
        rows = rows.filter(status=status)
    language = "en" if english() else "es"
    shown = [
        (s, s.explanation(language), [(p["name"], p.get(language, ""), p["value"]) for p in s.parts]) for s in rows
    ]
    counts = {
        value: Suggestion.objects.filter(mission=mission, status=value).count() for value in SuggestionStatus.values
    }
    return page(
        request,
        "convoy/web/suggestions.html",
        mission=mission,
        access=access,
        section="suggestions",
        rows=shown,
        status=status,
        statuses=[(value, label, counts[value]) for value, label in SuggestionStatus.choices],
    )


@require_POST
def run_matchmaking(request: HttpRequest, slug: str) -> HttpResponse:
    mission, access = mission_access(request, slug)
    require(can_manage(access=access))
    report = match_mission(mission)
    messages.success(
        request,
        _("Matchmaking proposed %(meetings)d meetings and %(seats)d group-session seats (%(new)d new suggestions).")
        % {"meetings": report.bilaterals, "seats": report.seats, "new": report.stored.created},
    )
    return redirect("web:suggestions", slug)


@require_POST
def decide(request: HttpRequest, slug: str) -> HttpResponse:
    """Accept or reject the ticked suggestions (or the one whose button was pressed)."""
    mission, access = mission_access(request, slug)
    require(can_manage(access=access))
    decision = request.POST.get("decision", "")
    one = request.POST.get("one", "")
    ids = [one] if one else request.POST.getlist("ids")
    if decision not in DECISIONS or not ids:
        messages.error(request, _("Tick at least one suggestion, then accept or reject."))
        return redirect("web:suggestions", slug)
    chosen = Suggestion.objects.filter(mission=mission, pk__in=[i for i in ids if i.isdigit()]).select_related(
        "mission", "activity"
    )
    changed = DECISIONS[decision](suggestions=list(chosen), by=request.user.get_username())
    messages.success(request, _("%(n)d suggestions changed.") % {"n": changed})
    return redirect("web:suggestions", slug)
