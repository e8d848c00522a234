"""The organizer's and the delegations' work through the pages: requests, sectors, import,
generation with progress, manual edits judged by the checker, publishing with the diff."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from tests.web.conftest import Cast, client_for, make_user
from tests.web.test_pages import text_of, url

from convoy.agenda.models import AgendaVersion, PlanningRun
from convoy.agenda.services.judge import judge_version
from convoy.exchange.workbook_write import write_workbook
from convoy.missions.models import Interest, MeetingRequest, Mission
from convoy.samples import sample_paths
from convoy.web.models import Membership, RequestTerm
from convoy.web.services.edits import Move, check_move
from convoy.web.services.requests import expire_requests

pytestmark = pytest.mark.django_db


def test_a_delegation_requests_a_meeting_and_the_counterpart_accepts(cast: Cast) -> None:
    MeetingRequest.objects.filter(delegation=cast.mty, counterpart=cast.netflix).delete()
    mty = client_for(cast.mty_member)
    sent = mty.post(
        url("requests", "convoy-la"),
        {
            "delegation": cast.mty.pk,
            "counterpart": cast.netflix.pk,
            "reason": "Film studios for Nuevo León",
            "language": "en",
            "priority": "high",
        },
    )
    assert sent.status_code == 302
    made = MeetingRequest.objects.get(delegation=cast.mty, counterpart=cast.netflix)
    assert (made.status, made.source, made.priority, made.reason) == (
        "proposed",
        "delegation",
        "high",
        "Film studios for Nuevo León",
    )
    assert made.term.made_by == cast.mty_member
    assert mty.post(url("request_action", "convoy-la", made.pk, "accept")).status_code == 403
    client_for(cast.netflix_contact).post(url("request_action", "convoy-la", made.pk, "accept"))
    assert MeetingRequest.objects.get(pk=made.pk).status == "accepted"
    again = text_of(
        client_for(cast.netflix_contact).post(url("request_action", "convoy-la", made.pk, "decline"), follow=True)
    )
    assert "This request is already accepted." in again


def test_a_delegation_cannot_ask_in_another_delegations_name(cast: Cast) -> None:
    response = client_for(cast.mty_member).post(
        url("requests", "convoy-la"),
        {
            "delegation": cast.gdl.pk,
            "counterpart": cast.netflix.pk,
            "reason": "x",
            "language": "es",
            "priority": "normal",
        },
    )
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()


def test_unanswered_requests_expire_after_their_term(cast: Cast) -> None:
    pending = MeetingRequest.objects.get(delegation=cast.mty, counterpart=cast.netflix)
    RequestTerm.objects.create(request=pending, expires_at=timezone.now() + dt.timedelta(days=7))
    assert expire_requests(mission_id=cast.mission.pk) == 0
    assert expire_requests(mission_id=cast.mission.pk, now=timezone.now() + dt.timedelta(days=8)) == 1
    assert MeetingRequest.objects.get(pk=pending.pk).status == "expired"
    assert "expired" in text_of(client_for(cast.mty_member).get(url("requests", "convoy-la")))


def test_the_sector_picker_searches_spanish_and_english_titles(cast: Cast) -> None:
    client = client_for(cast.gdl_member)
    address = url("sector_search", "convoy-la")
    assert 'value="33611"' in client.get(address, {"q": "automobile"}).content.decode()
    spanish = client.get(address, {"q": "fabricación automóv"}).content.decode()
    assert '<label for="pick-3361">3361 — Motor Vehicle Manufacturing</label>' in spanish
    assert "No sector matches." in client.get(address, {"q": "zzzzqqq"}).content.decode()


def test_a_delegation_adds_a_need_with_picked_sectors(cast: Cast) -> None:
    client = client_for(cast.gdl_member)
    address = url("delegation", "convoy-la", cast.gdl.pk)
    data = {"direction": "need", "kind": "investment", "text": "Parques industriales", "language": "es"}
    response = client.post(address, {**data, "scian_text": "3361, 3363", "scian_pick": ["3363", "5112"]})
    assert response.status_code == 302
    assert Interest.objects.get(delegation=cast.gdl).scian_codes == ["3361", "3363", "5112"]
    bad = client.post(address, {**data, "scian_text": "9999"})
    assert bad.status_code == 200 and Interest.objects.filter(delegation=cast.gdl).count() == 1


def _upload(document: dict[str, object], tmp_path: Path) -> SimpleUploadedFile:
    path = tmp_path / "mission.xlsx"
    write_workbook(path, document)
    return SimpleUploadedFile("mission.xlsx", path.read_bytes())


def test_importing_a_workbook_creates_the_mission_with_its_importer_as_organizer(cast: Cast, tmp_path: Path) -> None:
    cast.organizer.user_permissions.add(Permission.objects.get(codename="add_mission"))
    document = json.loads(sample_paths()[1].read_text(encoding="utf-8"))
    response = client_for(cast.organizer).post(url("import"), {"file": _upload(document, tmp_path)})
    assert response["Location"] == "/m/maen-sacramento/"
    mission = Mission.objects.get(slug="maen-sacramento")
    assert Membership.objects.get(mission=mission).user == cast.organizer


def test_a_broken_workbook_lists_every_error_and_stores_nothing(cast: Cast, tmp_path: Path) -> None:
    cast.organizer.user_permissions.add(Permission.objects.get(codename="add_mission"))
    document = json.loads(sample_paths()[1].read_text(encoding="utf-8"))
    document["mission"]["legs"][0]["time_zone"] = "Mars/Olympus"
    document["mission"]["legs"][0]["country"] = "ZZ"
    response = client_for(cast.organizer).post(url("import"), {"file": _upload(document, tmp_path)})
    page = text_of(response)
    assert response.status_code == 400
    assert "2 problems found; nothing was stored." in page
    assert "Mars/Olympus" in page and "ZZ" in page
    assert not Mission.objects.filter(slug="maen-sacramento").exists()


def test_importing_needs_the_right_to_create_missions(cast: Cast) -> None:
    assert client_for(cast.organizer).get(url("import")).status_code == 403
    assert client_for(make_user("nobody")).get(url("template")).status_code == 200


def test_generation_shows_progress_then_the_statistics(cast: Cast, settings: object) -> None:
    settings.CONVOY_WEB_RUNS = "now"  # type: ignore[attr-defined]
    organizer = client_for(cast.organizer)
    started = organizer.post(url("generate", "convoy-la"), {"time_limit": "3"})
    run = PlanningRun.objects.get()
    assert started["Location"] == url("run", "convoy-la", run.pk)
    fragment = organizer.get(url("run_progress", "convoy-la", run.pk), headers={"hx-request": "true"})
    assert fragment.status_code == 286
    page = text_of(fragment)
    assert "3 / 3</div>meetings placed" in page and "1 / 1</div>mandatory meetings placed" in page
    assert "Open version 1" in page


def test_a_queued_run_keeps_polling(cast: Cast, settings: object) -> None:
    settings.CONVOY_WEB_RUNS = "off"  # type: ignore[attr-defined]
    organizer = client_for(cast.organizer)
    organizer.post(url("generate", "convoy-la"), {"time_limit": "3"})
    run = PlanningRun.objects.get()
    assert organizer.get(url("run_progress", "convoy-la", run.pk)).status_code == 200
    assert 'hx-trigger="every 1s"' in organizer.get(url("run", "convoy-la", run.pk)).content.decode()


def _draft(cast: Cast) -> AgendaVersion:
    from convoy.agenda.services.plan import plan_mission

    version = plan_mission(mission=cast.mission, time_limit=3).version
    assert version is not None
    return version


def test_a_manual_edit_is_judged_at_once_and_stored_only_when_valid(cast: Cast) -> None:
    draft = _draft(cast)
    organizer = client_for(cast.organizer)
    request = MeetingRequest.objects.get(delegation=cast.gdl, counterpart=cast.netflix)
    placement = draft.placements.get(key=f"req:{request.pk}")
    address = url("edit", "convoy-la", draft.number, placement.pk)
    studio = placement.venue_id
    outside = {"date": "2023-02-27", "start": "09:00", "venue": studio}
    verdict = text_of(organizer.post(address, outside, headers={"hx-request": "true"}))
    assert "The checker rejects this change:" in verdict
    assert AgendaVersion.objects.count() == 1
    saved = organizer.post(address, {**outside, "save": "1"})
    assert saved.status_code == 200 and AgendaVersion.objects.count() == 1
    off_grid = text_of(organizer.post(address, {**outside, "start": "09:10", "check": "1"}))
    assert "Start at a slot of the leg: from 09:00, every 30 minutes." in off_grid


def test_publishing_shows_what_changed_for_whom_and_who_to_notify(cast: Cast) -> None:
    from convoy.agenda.services.publish import publish_version

    first = _draft(cast)
    publish_version(mission=cast.mission, number=first.number)
    second = _draft(cast)
    request = MeetingRequest.objects.get(delegation=cast.gdl, counterpart=cast.port)
    moved = second.placements.get(key=f"req:{request.pk}")
    organizer = client_for(cast.organizer)
    target = next(
        (day, start)
        for day in (dt.date(2023, 2, 28), dt.date(2023, 2, 27))
        for start in (dt.time(12, 30), dt.time(12), dt.time(11, 30), dt.time(11))
        if (day, start) != (moved.date, moved.start)
        and check_move(version=second, move=Move(moved.key, day, start, moved.venue)).ok
    )
    organizer.post(
        url("edit", "convoy-la", second.number, moved.pk),
        {"date": target[0].isoformat(), "start": f"{target[1]:%H:%M}", "venue": moved.venue_id, "save": "1"},
    )
    third = AgendaVersion.objects.get(number=3)
    assert third.origin == "edit" and judge_version(version=third).ok
    preview = text_of(organizer.get(url("publish", "convoy-la", 3)))
    assert "What changed for each participant" in preview
    assert "Pablo Lemus (Guadalajara) &lt;alcalde@gdl.example&gt;" in preview
    organizer.post(url("publish", "convoy-la", 3))
    assert dict(AgendaVersion.objects.values_list("number", "status")) == {1: "superseded", 2: "draft", 3: "published"}
    dashboard = text_of(organizer.get(reverse("web:dashboard", args=["convoy-la"])))
    assert 'data-check="agenda">Agenda published: yes' in dashboard


def test_downloads_are_for_whoever_may_see_the_agenda(cast: Cast, published: AgendaVersion) -> None:
    gdl = client_for(cast.gdl_member)
    calendar = gdl.get(url("download", "convoy-la", "calendar"))
    assert calendar["Content-Type"] == "text/calendar; charset=utf-8"
    body = calendar.content.decode()
    assert body.startswith("BEGIN:VCALENDAR") and "Netflix" in body and "Monterrey" not in body
    booklet = gdl.get(url("download", "convoy-la", "booklet"))
    assert booklet.content.startswith(b"%PDF") and booklet["Content-Disposition"].endswith('-v1.pdf"')
    mty = client_for(cast.mty_member)
    assert mty.get(url("download", "convoy-la", "calendar") + f"?delegation={cast.gdl.pk}").status_code == 403
    assert mty.get(url("download", "convoy-la", "calendar") + f"?counterpart={cast.netflix.pk}").status_code == 403
    assert client_for(cast.viewer).get(url("download", "convoy-la", "booklet")).status_code == 403
    netflix = client_for(cast.netflix_contact).get(url("download", "convoy-la", "calendar")).content.decode()
    assert "Guadalajara" in netflix and "Monterrey" not in netflix
    whole = client_for(cast.organizer).get(url("download", "convoy-la", "workbook"))
    assert whole.content.startswith(b"PK")


def test_outcomes_are_entered_per_meeting_by_the_delegation_that_met(cast: Cast) -> None:
    from convoy.outcomes.models import Outcome

    meeting = MeetingRequest.objects.get(delegation=cast.gdl, counterpart=cast.netflix)
    address = url("meeting_outcomes", "convoy-la", meeting.pk)
    assert client_for(cast.mty_member).get(address).status_code == 403
    assert client_for(cast.netflix_contact).get(address).status_code == 403
    data = {"kind": "lead", "title": "Film hub in Jalisco", "language": "en", "description": ""}
    assert client_for(cast.gdl_member).post(address, data).status_code == 302
    assert list(Outcome.objects.values_list("key", "kind", "stage")) == [(f"req-{meeting.pk}-1", "lead", "lead")]
    assert "Film hub in Jalisco" in text_of(client_for(cast.organizer).get(address))
