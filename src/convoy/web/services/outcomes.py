"""Outcome entry per meeting: what a meeting produced, logged from the web."""

from __future__ import annotations

from django.db import transaction

from convoy.missions.models import MeetingRequest
from convoy.outcomes.models import Outcome


@transaction.atomic
def record_outcome(*, request: MeetingRequest, kind: str, title: str, language: str, description: str = "") -> Outcome:
    """A new outcome (stage ``lead``) of the meeting ``request``; ValidationError when a field is wrong."""
    taken = set(Outcome.objects.filter(mission_id=request.mission_id).values_list("key", flat=True))
    number = 1
    while f"req-{request.pk}-{number}" in taken:
        number += 1
    outcome = Outcome(
        mission_id=request.mission_id,
        key=f"req-{request.pk}-{number}",
        kind=kind,
        title=title.strip(),
        language=language,
        request=request,
        description=description.strip(),
    )
    outcome.full_clean()
    outcome.save()
    return outcome
