"""The organizer's decisions on suggestions: accept or reject, one or many at a time.

Accepting a bilateral suggestion makes its pair's meeting request accepted, which is what
``convoy plan`` schedules: a new request with source ``suggestion`` (its reason is the
explanation in the mission's language), or the live request already there, accepted as
it is; a declined, withdrawn or expired one is revived as coming from the suggestion.
Accepting a seat adds the delegation to the group session.

Rejecting withdraws the pair's live request if it came from a suggestion, and takes the
delegation out of the group session if accepting the seat had put it there.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from convoy.missions.models import MeetingRequest, Suggestion
from convoy.missions.models.choices import RequestSource, RequestStatus
from convoy.missions.models.suggestion import SuggestionKind, SuggestionStatus

LIVE = (RequestStatus.PROPOSED, RequestStatus.ACCEPTED)


@transaction.atomic
def accept_suggestions(*, suggestions: Iterable[Suggestion], by: str) -> int:
    """Accept those not accepted yet; returns how many changed."""
    changed = 0
    for suggestion in suggestions:
        if suggestion.status == SuggestionStatus.ACCEPTED:
            continue
        if suggestion.kind == SuggestionKind.GROUP_SEAT:
            if suggestion.activity is not None:
                suggestion.activity.delegations.add(suggestion.delegation_id)
        else:
            accept_request(suggestion=suggestion)
        decide(suggestion=suggestion, status=SuggestionStatus.ACCEPTED, by=by)
        changed += 1
    return changed


@transaction.atomic
def reject_suggestions(*, suggestions: Iterable[Suggestion], by: str) -> int:
    """Reject those not rejected yet; returns how many changed."""
    changed = 0
    for suggestion in suggestions:
        if suggestion.status == SuggestionStatus.REJECTED:
            continue
        if suggestion.kind == SuggestionKind.GROUP_SEAT:
            if suggestion.activity is not None and suggestion.status == SuggestionStatus.ACCEPTED:
                suggestion.activity.delegations.remove(suggestion.delegation_id)
        else:
            MeetingRequest.objects.filter(
                mission_id=suggestion.mission_id,
                delegation_id=suggestion.delegation_id,
                counterpart_id=suggestion.counterpart_id,
                source=RequestSource.SUGGESTION,
                status__in=LIVE,
            ).update(status=RequestStatus.WITHDRAWN)
        decide(suggestion=suggestion, status=SuggestionStatus.REJECTED, by=by)
        changed += 1
    return changed


def decide(*, suggestion: Suggestion, status: str, by: str) -> None:
    suggestion.status, suggestion.decided_at, suggestion.decided_by = status, timezone.now(), by
    suggestion.save(update_fields=["status", "decided_at", "decided_by", "updated_at"])


def accept_request(*, suggestion: Suggestion) -> MeetingRequest:
    english = suggestion.mission.language == "en"
    request, created = MeetingRequest.objects.get_or_create(
        mission_id=suggestion.mission_id,
        delegation_id=suggestion.delegation_id,
        counterpart_id=suggestion.counterpart_id,
        defaults={
            "source": RequestSource.SUGGESTION,
            "status": RequestStatus.ACCEPTED,
            "reason": suggestion.explanation_en if english else suggestion.explanation_es,
            "reason_language": "en" if english else "es",
        },
    )
    if created:
        return request
    if request.status not in LIVE:
        request.source = RequestSource.SUGGESTION
        request.reason = suggestion.explanation_en if english else suggestion.explanation_es
        request.reason_language = "en" if english else "es"
    request.status = RequestStatus.ACCEPTED
    request.save()
    return request
