"""What every API endpoint does first: the mission and the caller's access (or 403/404)."""

from __future__ import annotations

from django.http import HttpRequest

from convoy.missions.models import Mission
from convoy.web.permissions import Access
from convoy.web.views.base import mission_access


def mission_for(request: HttpRequest, slug: str) -> tuple[Mission, Access]:
    return mission_access(request, slug)
