"""Every page answers its allowed users and refuses the others (403), with what each may see."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse
from tests.web.conftest import Cast, client_for

from convoy.agenda.models import AgendaVersion
from convoy.missions.models import Venue

pytestmark = pytest.mark.django_db


def url(name: str, *args: object) -> str:
    return reverse(f"web:{name}", args=args)


def text_of(response: object) -> str:
    return re.sub(r"\s+", " ", response.content.decode())  # type: ignore[attr-defined]


def test_anonymous_users_are_sent_to_the_login_page(cast: Cast) -> None:
    response = Client().get(url("dashboard", "convoy-la"))
    assert (response.status_code, response["Location"]) == (302, "/accounts/login/?next=/m/convoy-la/")


def test_the_home_page_lists_only_the_users_missions(cast: Cast) -> None:
    assert "Convoy LA" in text_of(client_for(cast.gdl_member).get(url("home")))
    assert "Convoy LA" not in text_of(client_for(cast.outsider).get(url("home")))


def test_the_dashboard_shows_counts_legs_and_the_readiness_checklist_to_organizers(cast: Cast) -> None:
    page = text_of(client_for(cast.organizer).get(url("dashboard", "convoy-la")))
    assert "Los Angeles (US)" in page and "America/Los_Angeles" in page
    assert '<li class="" data-check="profiles">Delegation profiles complete: 0 of 2</li>' in page
    assert '<li class="" data-check="counterparts">Counterparts confirmed: 1 of 2</li>' in page
    assert '<li class="" data-check="requests">Meeting requests answered: 3 of 4</li>' in page
    assert '<li class="" data-check="agenda">Agenda published: not yet</li>' in page
    member = text_of(client_for(cast.gdl_member).get(url("dashboard", "convoy-la")))
    assert "Readiness" not in member and "Los Angeles (US)" in member
    assert client_for(cast.outsider).get(url("dashboard", "convoy-la")).status_code == 403


def test_a_second_delegation_gets_403_on_the_first_ones_pages(cast: Cast, published: AgendaVersion) -> None:
    mty = client_for(cast.mty_member)
    for name in ("delegation", "agenda_delegation"):
        assert mty.get(url(name, "convoy-la", cast.gdl.pk)).status_code == 403
        assert client_for(cast.gdl_member).get(url(name, "convoy-la", cast.gdl.pk)).status_code == 200
    assert mty.post(url("delegation", "convoy-la", cast.gdl.pk), {"text": "x"}).status_code == 403
    gdl_request = cast.gdl.requests.first()
    assert gdl_request is not None
    assert mty.post(url("request_action", "convoy-la", gdl_request.pk, "withdraw")).status_code == 403
    assert f"request-{gdl_request.pk}" not in text_of(mty.get(url("requests", "convoy-la")))


def test_organizer_pages_are_refused_to_delegations(cast: Cast, published: AgendaVersion) -> None:
    gdl = client_for(cast.gdl_member)
    venue = Venue.objects.get(code="hotel")
    refused = [
        url("delegations", "convoy-la"),
        url("invitations", "convoy-la"),
        url("version", "convoy-la", published.number),
        url("publish", "convoy-la", published.number),
        url("edit_list", "convoy-la", published.number),
        url("agenda_venue", "convoy-la", venue.pk),
        url("agenda_day", "convoy-la", "la", "2023-02-27"),
        url("import") + "?mission=convoy-la",
    ]
    assert [gdl.get(u).status_code for u in refused] == [403] * len(refused)
    assert gdl.post(url("generate", "convoy-la")).status_code == 403
    organizer = client_for(cast.organizer)
    assert [organizer.get(u).status_code for u in refused] == [200] * len(refused)


def test_private_notes_show_to_organizers_only(cast: Cast) -> None:
    cast.netflix.private_notes = "Prefers mornings; ask Rosa first."
    cast.netflix.save()
    address = url("counterpart", "convoy-la", cast.netflix.pk)
    assert "Prefers mornings" in text_of(client_for(cast.organizer).get(address))
    for user in (cast.gdl_member, cast.viewer, cast.netflix_contact):
        page = text_of(client_for(user).get(address))
        assert "Prefers mornings" not in page and "Netflix" in page
    assert client_for(cast.netflix_contact).get(url("counterpart", "convoy-la", cast.port.pk)).status_code == 403
    assert client_for(cast.netflix_contact).get(url("counterparts", "convoy-la")).status_code == 403


def test_a_delegation_sees_only_its_own_meetings_and_public_activities(cast: Cast, published: AgendaVersion) -> None:
    gdl = text_of(client_for(cast.gdl_member).get(url("agenda_delegation", "convoy-la", cast.gdl.pk)))
    assert "Guadalajara — Netflix" in gdl and "Guadalajara — Port of Los Angeles" in gdl
    assert "Opening plenary" in gdl and "Monterrey — Port of Los Angeles" not in gdl
    assert "Local time: America/Los_Angeles (UTC−08:00)" in gdl
    netflix = text_of(client_for(cast.netflix_contact).get(url("agenda_counterpart", "convoy-la", cast.netflix.pk)))
    assert "Guadalajara — Netflix" in netflix and "Port of Los Angeles" not in netflix
    programme = text_of(client_for(cast.viewer).get(url("programme", "convoy-la")))
    assert "Opening plenary" in programme and "Guadalajara — Netflix" not in programme


def test_drafts_stay_hidden_from_delegations(cast: Cast, published: AgendaVersion) -> None:
    published.status = "draft"
    published.save()
    gdl = client_for(cast.gdl_member)
    assert "The agenda is not published yet." in text_of(gdl.get(url("agenda_delegation", "convoy-la", cast.gdl.pk)))
    address = url("agenda_delegation", "convoy-la", cast.gdl.pk) + f"?version={published.number}"
    assert gdl.get(address).status_code == 403


def test_views_by_venue_and_day_show_every_meeting_to_organizers(cast: Cast, published: AgendaVersion) -> None:
    organizer = client_for(cast.organizer)
    day = text_of(organizer.get(url("agenda_day", "convoy-la", "la", "2023-02-27")))
    assert "Opening plenary" in day and "Hotel Biltmore" in day and "Netflix studio" in day
    studio = Venue.objects.get(code="studio")
    assert "Guadalajara — Netflix" in text_of(organizer.get(url("agenda_venue", "convoy-la", studio.pk)))


def test_spanish_is_the_default_and_english_is_a_switch_away(cast: Cast, settings: object) -> None:
    settings.LANGUAGE_CODE = "es"  # type: ignore[attr-defined]
    client = client_for(cast.organizer)
    spanish = text_of(client.get(url("dashboard", "convoy-la")))
    assert '<html lang="es">' in spanish
    assert "<h2>Etapas</h2>" in spanish and "Perfiles de delegación completos: 0 de 2" in spanish
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    english = text_of(client.get(url("dashboard", "convoy-la")))
    assert "<h2>Legs</h2>" in english and "Delegation profiles complete: 0 of 2" in english


def test_security_headers_are_set(cast: Cast) -> None:
    response = client_for(cast.organizer).get(url("dashboard", "convoy-la"))
    assert response["Content-Security-Policy"].startswith("default-src 'self'; script-src 'self'")
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_superusers_manage_memberships_in_the_admin(cast: Cast) -> None:
    from django.contrib.auth.models import User

    boss = User.objects.create_superuser("boss", "boss@example.org", "x")
    client = client_for(boss)
    page = text_of(client.get("/admin/web/membership/"))
    assert "5 memberships" in page and "gdl — convoy-la (delegation)" in page
    assert client.get("/admin/web/invitation/").status_code == 200
