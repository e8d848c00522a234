"""With the keyboard alone: log in, pick sectors with the htmx picker, request a meeting; every
form field of the main pages has a label; screenshots of the organizer's key pages."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import User
from tests.agenda.factory import make_mission
from tests.browser.conftest import PASSWORD, log_in, shoot

from convoy.agenda.services.plan import plan_mission
from convoy.agenda.services.publish import publish_version
from convoy.missions.models import Delegation, Interest, MeetingRequest
from convoy.web.models import Membership, Role

pytestmark = pytest.mark.django_db(transaction=True)

UNLABELLED = """() => [...document.querySelectorAll('input, select, textarea')]
  .filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
  .map(e => e.name || e.id)"""
FOCUSED = """() => { const e = document.activeElement;
  const label = e.labels && e.labels.length ? e.labels[0].textContent.trim() : (e.textContent || '').trim();
  return e.tagName.toLowerCase() + ':' + label.replace(/\\s+/g, ' '); }"""


def focus_until(page: Any, wanted: str, *, limit: int = 40) -> list[str]:
    """Press Tab until the focused element reads ``wanted``; returns what was visited."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(FOCUSED))
        if seen[-1] == wanted:
            return seen
    raise AssertionError(f"{wanted!r} never got the focus; visited {seen}")


@pytest.fixture
def people(db: None) -> dict[str, Any]:
    mission = make_mission()
    gdl = Delegation.objects.get(mission=mission, organization__key="mun-14039")
    member = User.objects.create_user("gdl", "gdl@example.org", PASSWORD)
    boss = User.objects.create_user("org", "org@example.org", PASSWORD)
    Membership.objects.create(user=member, mission=mission, role=Role.DELEGATION, delegation=gdl)
    Membership.objects.create(user=boss, mission=mission, role=Role.ORGANIZER)
    return {"mission": mission, "gdl": gdl}


def test_log_in_pick_sectors_and_request_a_meeting_with_the_keyboard_alone(
    open_page: Any, web: str, people: dict[str, Any]
) -> None:
    page = open_page(locale="es-MX")
    page.goto(f"{web}/accounts/login/")
    assert page.evaluate(FOCUSED) == "input:Nombre de usuario:"  # the login form's autofocus
    page.keyboard.type("gdl")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED) == "input:Contraseña:"
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == f"{web}/"

    gdl = people["gdl"]
    page.goto(f"{web}/m/convoy-la/delegations/{gdl.pk}/")
    assert focus_until(page, "select:Necesidad u oferta:")[0] == "a:Saltar al contenido"
    page.keyboard.press("ArrowDown")
    focus_until(page, "select:Tipo:")
    page.keyboard.press("ArrowDown")
    focus_until(page, "textarea:Texto:")
    page.keyboard.type("Inversión en manufactura de autopartes")
    focus_until(page, "input:Buscar sectores SCIAN (en español o inglés)")
    page.keyboard.type("automobile")
    page.locator("#pick-33611").wait_for()
    focus_until(page, "input:33611 — Fabricación de automóviles y camionetas")
    page.keyboard.press("Space")
    shoot(page, "07-sector-picker")
    focus_until(page, "button:Agregar la necesidad u oferta")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    interest = Interest.objects.get(delegation=gdl)
    assert (interest.direction, interest.kind, interest.scian_codes) == ("need", "investment", ["33611"])
    assert interest.text == "Inversión en manufactura de autopartes"
    assert page.evaluate(UNLABELLED) == []

    MeetingRequest.objects.filter(delegation=gdl).delete()
    page.goto(f"{web}/m/convoy-la/requests/")
    focus_until(page, "select:Contraparte:")
    page.keyboard.press("ArrowDown")
    focus_until(page, "textarea:¿Por qué quiere reunirse?")
    page.keyboard.type("Estudios de cine en Jalisco")
    focus_until(page, "button:Enviar la solicitud")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert MeetingRequest.objects.get(delegation=gdl).reason == "Estudios de cine en Jalisco"
    assert page.evaluate(UNLABELLED) == []


def test_every_field_of_the_organizers_pages_is_labelled(open_page: Any, web: str, people: dict[str, Any]) -> None:
    mission = people["mission"]
    first = plan_mission(mission=mission, time_limit=3).version
    assert first is not None
    publish_version(mission=mission, number=first.number)
    second = plan_mission(mission=mission, time_limit=3).version
    assert second is not None
    page = open_page(viewport={"width": 1280, "height": 900}, locale="en-US")
    log_in_english(page, web)
    netflix = mission.counterparts.get(organization__key="netflix")
    placement = second.placements.exclude(kind="fixed").first()
    pages = {
        "08-agenda": "/m/convoy-la/agenda/",
        "09-version": f"/m/convoy-la/agenda/v{second.number}/",
        "10-publish-diff": f"/m/convoy-la/agenda/v{second.number}/publish/",
        "11-edit": f"/m/convoy-la/agenda/v{second.number}/edit/{placement.pk}/",
        "12-day": "/m/convoy-la/agenda/day/la/2023-02-27/",
        "13-counterpart": f"/m/convoy-la/counterparts/{netflix.pk}/",
        "14-invitations": "/m/convoy-la/invitations/",
        "15-import": "/missions/import/?mission=convoy-la",
        "16-profile": "/accounts/profile/",
        "17-requests": "/m/convoy-la/requests/",
    }
    for name, path in pages.items():
        response = page.goto(f"{web}{path}")
        assert response.status == 200, path
        assert page.evaluate(UNLABELLED) == [], path
        shoot(page, name)


def log_in_english(page: Any, web: str) -> None:
    page.goto(f"{web}/accounts/login/")
    page.get_by_label("Username").fill("org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{web}/")


__all__ = ["log_in"]
