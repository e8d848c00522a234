"""The admin shows versions, placements and runs; only ``confirmed`` can be changed."""

from __future__ import annotations

import pytest
from django.test import Client
from tests.agenda.factory import make_mission

from convoy.agenda.models import Placement
from convoy.agenda.services.plan import plan_mission

pytestmark = pytest.mark.django_db


def test_admin_pages_render_and_a_placement_can_be_confirmed(admin_client: Client) -> None:
    version = plan_mission(mission=make_mission(), time_limit=2).version
    assert version is not None
    for url in (
        "/admin/agenda/agendaversion/",
        f"/admin/agenda/agendaversion/{version.pk}/change/",
        "/admin/agenda/placement/",
        "/admin/agenda/planningrun/",
        "/admin/agenda/closedslot/",
    ):
        assert admin_client.get(url).status_code == 200, url
    assert admin_client.get("/admin/agenda/agendaversion/add/").status_code == 403
    row = version.placements.get(key="act:opening")
    response = admin_client.post(f"/admin/agenda/placement/{row.pk}/change/", {"confirmed": "on"})
    assert response.status_code == 302
    assert Placement.objects.get(pk=row.pk).confirmed is True
