"""Meeting requests: list, make, answer (accept/decline), withdraw."""

from __future__ import annotations

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Status
from ninja.errors import HttpError

from convoy.missions.models import Counterpart, Delegation, MeetingRequest
from convoy.missions.models.choices import RequestSource
from convoy.web.api.common import mission_for
from convoy.web.api.schemas import AnswerIn, RequestIn, RequestOut
from convoy.web.models import RequestTerm
from convoy.web.permissions import can_answer_request, can_make_request, can_withdraw_request, visible_requests
from convoy.web.services.requests import RequestError, answer_request, expire_requests, make_request, withdraw_request
from convoy.web.views.base import require

router = Router(tags=["requests"])


def _out(r: MeetingRequest) -> RequestOut:
    term = RequestTerm.objects.filter(request=r).first()
    return RequestOut(
        id=r.pk,
        delegation=r.delegation_id,
        counterpart=r.counterpart_id,
        priority=r.priority,
        status=r.status,
        source=r.source,
        reason=r.reason,
        reason_language=r.reason_language,
        answer_by=term.expires_at if term else None,
    )


@router.get("/{slug}/requests", response=list[RequestOut], summary="Requests you may see")
def list_requests(request: HttpRequest, slug: str) -> list[RequestOut]:
    mission, access = mission_for(request, slug)
    expire_requests(mission_id=mission.pk)
    rows = visible_requests(access=access, requests=MeetingRequest.objects.all()).select_related("term")
    return [_out(r) for r in rows]


@router.post("/{slug}/requests", response={201: RequestOut}, summary="Ask for a meeting, with a reason")
def create_request(request: HttpRequest, slug: str, payload: RequestIn) -> Status[RequestOut]:
    mission, access = mission_for(request, slug)
    delegation = get_object_or_404(
        Delegation.objects.select_related("organization"), mission=mission, pk=payload.delegation
    )
    require(can_make_request(access=access, delegation=delegation))
    counterpart = get_object_or_404(
        Counterpart.objects.select_related("organization"), mission=mission, pk=payload.counterpart
    )
    try:
        made = make_request(
            delegation=delegation,
            counterpart=counterpart,
            reason=payload.reason,
            language=payload.language,
            priority=payload.priority,
            source=RequestSource.ORGANIZER if access.organizer else RequestSource.DELEGATION,
            made_by=request.user,  # type: ignore[arg-type]
        )
    except RequestError as error:
        raise HttpError(409, str(error)) from None
    return Status(201, _out(made))


@router.post("/{slug}/requests/{pk}/answer", response=RequestOut, summary="Accept or decline (counterpart, organizer)")
def answer(request: HttpRequest, slug: str, pk: int, payload: AnswerIn) -> RequestOut:
    mission, access = mission_for(request, slug)
    found = get_object_or_404(MeetingRequest, mission=mission, pk=pk)
    require(can_answer_request(access=access, request=found))
    try:
        return _out(answer_request(request=found, answer=payload.answer))
    except RequestError as error:
        raise HttpError(409, str(error)) from None


@router.post("/{slug}/requests/{pk}/withdraw", response=RequestOut, summary="Withdraw (the delegation, organizer)")
def withdraw(request: HttpRequest, slug: str, pk: int) -> RequestOut:
    mission, access = mission_for(request, slug)
    found = get_object_or_404(MeetingRequest, mission=mission, pk=pk)
    require(can_withdraw_request(access=access, request=found))
    try:
        return _out(withdraw_request(request=found))
    except RequestError as error:
        raise HttpError(409, str(error)) from None
