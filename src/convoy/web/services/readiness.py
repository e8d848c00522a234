"""The dashboard's readiness checklist: profiles complete, counterparts confirmed, requests
answered, agenda published — each as done / of how many."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from convoy.agenda.models import AgendaVersion
from convoy.agenda.models.choices import VersionStatus
from convoy.missions.models import Counterpart, Delegation, MeetingRequest, Mission
from convoy.missions.models.choices import Confirmation, Direction, RequestStatus


@dataclass(frozen=True)
class Check:
    code: str
    label: str
    done: int
    total: int

    @property
    def complete(self) -> bool:
        return self.done >= self.total and self.total > 0


def profiles_complete(*, mission: Mission) -> tuple[int, int]:
    """A profile is complete when it states at least one need and one offer."""
    rows = Delegation.objects.filter(mission=mission).annotate(
        needs=Count("interests", filter=Q(interests__direction=Direction.NEED)),
        offers=Count("interests", filter=Q(interests__direction=Direction.OFFER)),
    )
    counts = list(rows.values_list("needs", "offers"))
    return sum(1 for needs, offers in counts if needs and offers), len(counts)


def readiness(*, mission: Mission) -> tuple[Check, ...]:
    profiles = profiles_complete(mission=mission)
    counterparts = Counterpart.objects.filter(mission=mission).exclude(confirmation=Confirmation.DECLINED)
    requests = MeetingRequest.objects.filter(mission=mission)
    published = AgendaVersion.objects.filter(mission=mission, status=VersionStatus.PUBLISHED).exists()
    return (
        Check("profiles", str(_("Delegation profiles complete")), *profiles),
        Check(
            "counterparts",
            str(_("Counterparts confirmed")),
            counterparts.filter(confirmation=Confirmation.CONFIRMED).count(),
            counterparts.count(),
        ),
        Check(
            "requests",
            str(_("Meeting requests answered")),
            requests.exclude(status=RequestStatus.PROPOSED).count(),
            requests.count(),
        ),
        Check("agenda", str(_("Agenda published")), int(published), 1),
    )
