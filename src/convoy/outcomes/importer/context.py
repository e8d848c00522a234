"""What a document is checked against: the mission, its meetings, organizations and projects."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import get_language

from convoy.missions.models import Activity, MeetingRequest, Mission, Organization
from convoy.outcomes.models import Project
from convoy.outcomes.services.pipeline import StageProblem


@dataclass
class Context:
    mission: Mission | None
    organizations: dict[str, Organization]
    stored_projects: set[str]
    requests: dict[tuple[str, str], list[MeetingRequest]] = field(default_factory=dict)
    activities: dict[str, Activity] = field(default_factory=dict)
    file_projects: set[str] = field(default_factory=set)


def load_context(*, slug: str | None) -> Context:
    mission = Mission.objects.filter(slug=slug).first() if slug else None
    context = Context(
        mission=mission,
        organizations=Organization.objects.in_bulk(field_name="key"),
        stored_projects=set(Project.objects.values_list("key", flat=True)),
    )
    if mission is not None:
        requests = MeetingRequest.objects.filter(mission=mission).select_related(
            "delegation__organization", "counterpart__organization", "counterpart__leg"
        )
        for request in requests:
            pair = (request.delegation.organization.key, request.counterpart.organization.key)
            context.requests.setdefault(pair, []).append(request)
        context.activities = {a.code: a for a in Activity.objects.filter(mission=mission)}
    return context


def in_language(problem: StageProblem) -> str:
    """A bilingual problem in the interface language."""
    return problem.en if (get_language() or "es").startswith("en") else problem.es
