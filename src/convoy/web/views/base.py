"""What every mission page does first: find the mission and the user's access, or refuse."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from convoy.missions.models import Mission
from convoy.web.permissions import Access, access_of, can_view_mission


def require(allowed: bool) -> None:
    """Refuse with 403 unless ``allowed``."""
    if not allowed:
        raise PermissionDenied


def mission_access(request: HttpRequest, slug: str) -> tuple[Mission, Access]:
    mission = get_object_or_404(Mission.objects.select_related("organizer"), slug=slug)
    access = access_of(user=request.user, mission=mission)
    require(can_view_mission(access=access))
    return mission, access


def english() -> bool:
    return (get_language() or "es").startswith("en")


def page(
    request: HttpRequest, template: str, *, mission: Mission, access: Access, section: str, **context: Any
) -> HttpResponse:
    return render(request, template, {"mission": mission, "access": access, "section": section, **context})


def client_address(request: HttpRequest) -> str:
    """The peer's address as the server saw it (forwarded headers are not trusted)."""
    return str(request.META.get("REMOTE_ADDR") or "0.0.0.0")
