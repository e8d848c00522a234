"""Outcomes: those you may see, and outcome entry per meeting."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Status
from ninja.errors import HttpError

from convoy.missions.models import MeetingRequest
from convoy.outcomes.models import Outcome
from convoy.web.api.common import mission_for
from convoy.web.api.schemas import OutcomeIn, OutcomeOut
from convoy.web.permissions import can_record_outcome, visible_outcomes
from convoy.web.services.outcomes import record_outcome
from convoy.web.views.base import require

router = Router(tags=["outcomes"])


def _out(o: Outcome) -> OutcomeOut:
    return OutcomeOut(
        id=o.pk,
        key=o.key,
        kind=o.kind,
        title=o.title,
        language=o.language,
        stage=o.stage,
        request=o.request_id,
        description=o.description,
    )


@router.get("/{slug}/outcomes", response=list[OutcomeOut], summary="Outcomes you may see")
def list_outcomes(request: HttpRequest, slug: str) -> list[OutcomeOut]:
    _mission, access = mission_for(request, slug)
    return [_out(o) for o in visible_outcomes(access=access, outcomes=Outcome.objects.all())]


@router.post("/{slug}/requests/{pk}/outcomes", response={201: OutcomeOut}, summary="Log what a meeting produced")
def create_outcome(request: HttpRequest, slug: str, pk: int, payload: OutcomeIn) -> Status[OutcomeOut]:
    mission, access = mission_for(request, slug)
    meeting = get_object_or_404(MeetingRequest, mission=mission, pk=pk)
    require(can_record_outcome(access=access, request=meeting))
    try:
        made = record_outcome(
            request=meeting,
            kind=payload.kind,
            title=payload.title,
            language=payload.language,
            description=payload.description,
        )
    except ValidationError as error:
        raise HttpError(422, "; ".join(error.messages)) from None
    return Status(201, _out(made))
