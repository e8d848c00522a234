"""End to end in chromium: an organizer imports a mission workbook, runs matchmaking and accepts
its suggestions, generates and publishes
an agenda, invites a delegation; its member logs in, sees only its own agenda, requests a
meeting and downloads its calendar and booklet; a second delegation gets 403 on the first
one's pages and API objects."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import Permission, User
from tests.browser.conftest import PASSWORD, log_in, shoot

from convoy.exchange.workbook_write import write_workbook
from convoy.missions.models import Delegation, MeetingRequest, Suggestion
from convoy.samples import sample_paths
from convoy.web.models import Membership, Role

pytestmark = pytest.mark.django_db(transaction=True)
SLUG = "maen-sacramento"


def organizer() -> User:
    user = User.objects.create_user("ana.org", "ana@maen.example", PASSWORD)
    user.user_permissions.add(Permission.objects.get(codename="add_mission"))
    return user


def maen_workbook(folder: Path) -> Path:
    document = json.loads(sample_paths()[1].read_text(encoding="utf-8"))
    path = folder / "maen-sacramento.xlsx"
    write_workbook(path, document)
    return path


def two_delegations_with_requests() -> tuple[Delegation, Delegation]:
    asking = [
        d
        for d in Delegation.objects.filter(mission__slug=SLUG).select_related("organization")
        if MeetingRequest.objects.filter(delegation=d).exists()
    ]
    return asking[0], asking[1]


def test_an_organizer_imports_generates_and_publishes_then_delegations_use_it(
    open_page: Any, web: str, tmp_path: Path
) -> None:
    organizer()
    page = open_page(viewport={"width": 1280, "height": 900}, locale="es-MX", accept_downloads=True)
    log_in(page, web, "ana.org")
    shoot(page, "01-home")
    page.get_by_role("link", name="Importar un libro de Excel").click()
    page.get_by_label("Libro de Excel (.xlsx) o documento de misión (.json)").set_input_files(
        str(maen_workbook(tmp_path))
    )
    page.get_by_role("button", name="Importar").click()
    page.wait_for_url(f"{web}/m/{SLUG}/")
    assert "Sacramento" in page.content()
    shoot(page, "02-dashboard")

    page.get_by_role("link", name="Sugerencias", exact=True).click()
    page.get_by_role("button", name="Ejecutar el emparejamiento").click()
    assert "El emparejamiento propuso" in page.content()
    boxes = page.locator("input[name=ids]")
    assert boxes.count() == Suggestion.objects.filter(mission__slug=SLUG, status="proposed").count() > 0
    shoot(page, "02b-suggestions")
    for index in range(boxes.count()):
        boxes.nth(index).check()
    page.get_by_role("button", name="Aceptar las marcadas").click()
    assert not Suggestion.objects.filter(mission__slug=SLUG).exclude(status="accepted").exists()

    page.get_by_role("link", name="Agenda", exact=True).click()
    page.get_by_label("Tiempo límite (segundos)").fill("4")
    page.get_by_role("button", name="Generar").click()
    page.get_by_role("link", name=re.compile(r"Abrir la versión 1")).wait_for(timeout=60_000)
    shoot(page, "03-generation-done")
    page.get_by_role("link", name=re.compile(r"Abrir la versión 1")).click()
    assert "El verificador independiente acepta esta agenda." in page.content()
    page.get_by_role("link", name="Revisar y publicar").click()
    page.get_by_role("button", name="Publicar la versión 1").click()
    assert "La versión 1 está publicada." in page.content()

    first, second = two_delegations_with_requests()
    links = {}
    for delegation in (first, second):
        page.goto(f"{web}/m/{SLUG}/invitations/")
        page.get_by_label("Correo electrónico").fill(f"{delegation.organization.key}@example.org")
        page.get_by_label("Papel").select_option("delegation")
        page.get_by_label("Delegación (para un integrante de delegación)").select_option(str(delegation.pk))
        page.get_by_role("button", name="Invitar").click()
        links[delegation.pk] = page.get_by_label("Enlace").input_value()
    shoot(page, "04-invitations")

    member = open_page(viewport={"width": 390, "height": 844}, locale="es-MX", accept_downloads=True)
    member.goto(links[first.pk])
    member.get_by_label("Nombre de usuario").fill("primera")
    member.get_by_label(re.compile(r"^Contraseña:?$")).fill("a long member passphrase")
    member.get_by_label("Contraseña (confirmación)").fill("a long member passphrase")
    member.get_by_role("button", name="Crear mi cuenta").click()
    member.wait_for_url(f"{web}/m/{SLUG}/")
    member.get_by_role("link", name="Agenda", exact=True).click()
    member.get_by_role("link", name="Nuestra agenda").click()
    mine = member.content()
    assert first.organization.name in mine
    others = [
        r.delegation.organization.name
        for r in MeetingRequest.objects.filter(mission__slug=SLUG)
        .exclude(delegation=first)
        .select_related("delegation__organization")
    ]
    assert not any(f"{name} — " in mine for name in others)
    shoot(member, "05-delegation-agenda-phone")
    with member.expect_download() as calendar:
        member.get_by_role("link", name="Calendario (.ics)").click()
    assert calendar.value.suggested_filename.endswith(".ics")
    assert Path(calendar.value.path()).read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    with member.expect_download() as booklet:
        member.get_by_role("link", name="Cuadernillo (PDF)").click()
    assert Path(booklet.value.path()).read_bytes().startswith(b"%PDF")

    member.goto(f"{web}/m/{SLUG}/requests/")
    asked = MeetingRequest.objects.filter(delegation=first).values_list("counterpart_id", flat=True)
    free = [c for c in first.mission.counterparts.all() if c.pk not in set(asked)]
    member.get_by_label("Contraparte").select_option(str(free[0].pk))
    member.get_by_label("¿Por qué quiere reunirse?").fill("Proveeduría para la industria aeroespacial")
    member.get_by_role("button", name="Enviar la solicitud").click()
    assert "Su solicitud se envió." in member.content()
    assert MeetingRequest.objects.get(delegation=first, counterpart=free[0]).status == "proposed"
    shoot(member, "06-requests-phone")

    rival = open_page(locale="es-MX")
    rival.goto(links[second.pk])
    rival.get_by_label("Nombre de usuario").fill("segunda")
    rival.get_by_label(re.compile(r"^Contraseña:?$")).fill("another long passphrase")
    rival.get_by_label("Contraseña (confirmación)").fill("another long passphrase")
    rival.get_by_role("button", name="Crear mi cuenta").click()
    rival.wait_for_url(f"{web}/m/{SLUG}/")
    for path in (f"/m/{SLUG}/delegations/{first.pk}/", f"/m/{SLUG}/agenda/delegation/{first.pk}/"):
        assert rival.goto(f"{web}{path}").status == 403
    refused = rival.request.get(f"{web}/api/missions/{SLUG}/delegations/{first.pk}")
    assert (refused.status, refused.json()["error"]["code"]) == (403, "forbidden")
    own = rival.request.get(f"{web}/api/missions/{SLUG}/delegations/{second.pk}")
    assert own.status == 200
    assert Membership.objects.filter(mission__slug=SLUG, role=Role.DELEGATION).count() == 2
