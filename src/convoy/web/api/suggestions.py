"""Matchmaking suggestions (organizers): list them with explanations, accept or reject in bulk."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import get_language
from ninja import Router
from ninja.errors import HttpError

from convoy.missions.models import Suggestion
from convoy.missions.services.match_decide import accept_suggestions, reject_suggestions
from convoy.web.api.common import mission_for
from convoy.web.api.schemas import DecisionIn, DecisionOut, SuggestionOut
from convoy.web.permissions import can_manage
from convoy.web.views.base import require

router = Router(tags=["suggestions"])
DECISIONS = {"accept": accept_suggestions, "reject": reject_suggestions}


@router.get("/{slug}/suggestions", response=list[SuggestionOut], summary="Suggestions with explanations (organizers)")
def list_suggestions(request: HttpRequest, slug: str, status: str = "") -> list[SuggestionOut]:
    mission, access = mission_for(request, slug)
    require(can_manage(access=access))
    rows = Suggestion.objects.filter(mission=mission).order_by("delegation_id", "-score", "pk")
    if status:
        rows = rows.filter(status=status)
    language = get_language() or "es"
    return [
        SuggestionOut(
            id=s.pk,
            delegation=s.delegation_id,
            counterpart=s.counterpart_id,
            kind=s.kind,
            activity=s.activity_id,
            score=s.score,
            explanation=s.explanation(language),
            parts=list(s.parts),
            status=s.status,
        )
        for s in rows
    ]


@router.post("/{slug}/suggestions/decide", response=DecisionOut, summary="Accept or reject suggestions by id")
def decide(request: HttpRequest, slug: str, payload: DecisionIn) -> DecisionOut:
    mission, access = mission_for(request, slug)
    require(can_manage(access=access))
    if payload.decision not in DECISIONS:
        raise HttpError(422, "decision: accept | reject")
    chosen = list(Suggestion.objects.filter(mission=mission, pk__in=payload.ids).select_related("mission", "activity"))
    return DecisionOut(changed=DECISIONS[payload.decision](suggestions=chosen, by=request.user.get_username()))
