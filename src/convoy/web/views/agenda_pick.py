"""Which agenda version a page shows: the number asked (if the user may see it), else the
published one; organizers without a published one see the latest draft."""

from __future__ import annotations

from django.http import Http404, HttpRequest

from convoy.agenda.models import AgendaVersion, Placement
from convoy.agenda.models.choices import VersionStatus
from convoy.agenda.services.diff import title_of
from convoy.missions.models import Mission
from convoy.web.permissions import Access, can_view_version
from convoy.web.views.base import require


def pick_version(request: HttpRequest, *, mission: Mission, access: Access) -> AgendaVersion | None:
    number = request.GET.get("version", "")
    versions = AgendaVersion.objects.filter(mission=mission)
    if number.isdigit():
        found = versions.filter(number=int(number)).first()
        if found is None:
            raise Http404
        require(can_view_version(access=access, version=found))
        return found
    published = versions.filter(status=VersionStatus.PUBLISHED).first()
    if published is not None or not access.organizer:
        return published
    return versions.order_by("-number").first()


def placements_of(version: AgendaVersion) -> list[Placement]:
    return list(
        version.placements.select_related(
            "venue", "activity", "leg", "request__delegation__organization", "request__counterpart__organization"
        ).prefetch_related("delegations", "counterparts")
    )


def title(placement: Placement) -> str:
    return title_of(placement)
