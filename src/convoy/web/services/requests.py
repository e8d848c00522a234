"""Meeting requests made and answered in the web: ask with a reason, accept or decline,
withdraw, and expire requests left unanswered past their term."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from convoy.missions.models import Counterpart, Delegation, MeetingRequest
from convoy.missions.models.choices import Priority, RequestSource, RequestStatus
from convoy.web.models import RequestTerm

ANSWERS = {"accept": RequestStatus.ACCEPTED, "decline": RequestStatus.DECLINED}


class RequestError(Exception):
    """A request that cannot be made or answered; the text says why."""


@transaction.atomic
def make_request(
    *,
    delegation: Delegation,
    counterpart: Counterpart,
    reason: str,
    language: str,
    priority: str = Priority.NORMAL,
    source: str = RequestSource.DELEGATION,
    made_by: AbstractBaseUser | None = None,
    now: dt.datetime | None = None,
) -> MeetingRequest:
    if counterpart.mission_id != delegation.mission_id:
        raise RequestError(_("The counterpart is not part of this mission."))
    if not reason.strip():
        raise RequestError(_("Say why you want to meet."))
    try:
        with transaction.atomic():
            request = MeetingRequest.objects.create(
                mission_id=delegation.mission_id,
                delegation=delegation,
                counterpart=counterpart,
                reason=reason.strip(),
                reason_language=language,
                priority=priority,
                source=source,
            )
    except IntegrityError:
        raise RequestError(
            _("%(delegation)s has already asked to meet %(counterpart)s.")
            % {"delegation": delegation.organization.name, "counterpart": counterpart.organization.name}
        ) from None
    moment = now or timezone.now()
    RequestTerm.objects.create(
        request=request, made_by=made_by, expires_at=moment + dt.timedelta(days=settings.CONVOY_REQUEST_ANSWER_DAYS)
    )
    return request


def _close(request: MeetingRequest, status: str, *, now: dt.datetime | None = None) -> MeetingRequest:
    if request.status != RequestStatus.PROPOSED:
        raise RequestError(_("This request is already %(status)s.") % {"status": request.get_status_display()})
    request.status = status
    request.save(update_fields=["status"])
    RequestTerm.objects.filter(request=request).update(answered_at=now or timezone.now())
    return request


def answer_request(*, request: MeetingRequest, answer: str) -> MeetingRequest:
    """``answer`` is ``accept`` or ``decline``."""
    if answer not in ANSWERS:
        raise RequestError(_("Answer with accept or decline."))
    return _close(request, ANSWERS[answer])


def withdraw_request(*, request: MeetingRequest) -> MeetingRequest:
    return _close(request, RequestStatus.WITHDRAWN)


def expire_requests(*, mission_id: int, now: dt.datetime | None = None) -> int:
    """Mark as expired the proposed requests whose term has passed; returns how many."""
    moment = now or timezone.now()
    due = MeetingRequest.objects.filter(
        mission_id=mission_id, status=RequestStatus.PROPOSED, term__expires_at__lte=moment
    )
    ids = list(due.values_list("pk", flat=True))
    MeetingRequest.objects.filter(pk__in=ids).update(status=RequestStatus.EXPIRED)
    RequestTerm.objects.filter(request_id__in=ids).update(answered_at=moment)
    return len(ids)
