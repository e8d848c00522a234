"""The organizer's admin pages for outcomes open and show the records."""

from __future__ import annotations

from django.test import Client

from convoy.missions.models import Mission
from convoy.outcomes.models import Outcome


def test_outcome_pages_list_and_edit(stored: Mission, admin_client: Client) -> None:
    listing = admin_client.get("/admin/outcomes/outcome/?kind__exact=investment")
    assert listing.status_code == 200
    assert listing.content.decode().count('class="field-title"') == 4
    outcome = Outcome.objects.get(key="acme-by-state")
    page = admin_client.get(f"/admin/outcomes/outcome/{outcome.pk}/change/")
    assert page.status_code == 200
    assert "altas en el IMSS" in page.content.decode()
    for model in ("project", "figure", "followup"):
        assert admin_client.get(f"/admin/outcomes/{model}/").status_code == 200
