"""The API: token authentication, the same permission rules as the pages, structured errors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from tests.web.conftest import Cast

from convoy.agenda.models import AgendaVersion
from convoy.missions.models import MeetingRequest
from convoy.outcomes.models import Outcome
from convoy.web.services.api_tokens import create_token

pytestmark = pytest.mark.django_db


class Api:
    def __init__(self, user: User | None, language: str = "en") -> None:
        self.client = Client()
        self.headers = {"accept-language": language}
        if user is not None:
            _token, secret = create_token(user=user, name="test")
            self.headers["authorization"] = f"Bearer {secret}"

    def get(self, path: str) -> tuple[int, Any]:
        response = self.client.get(f"/api{path}", headers=self.headers)
        return response.status_code, response.json()

    def post(self, path: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
        response = self.client.post(
            f"/api{path}", json.dumps(body or {}), content_type="application/json", headers=self.headers
        )
        return response.status_code, response.json()


def test_without_a_token_the_api_answers_401_as_structured_json(cast: Cast) -> None:
    assert Api(None).get("/missions") == (
        401,
        {"error": {"code": "unauthenticated", "message": "Log in or send a valid API token."}},
    )
    client = Client()
    response = client.get("/api/missions", headers={"authorization": "Bearer wrong"})
    assert response.status_code == 401


def test_missions_are_listed_with_the_callers_role(cast: Cast) -> None:
    status, body = Api(cast.gdl_member).get("/missions")
    assert status == 200
    assert [(m["slug"], m["role"]) for m in body] == [("convoy-la", "delegation")]
    assert Api(cast.outsider).get("/missions") == (200, [])
    status, detail = Api(cast.viewer).get("/missions/convoy-la")
    assert (status, detail["legs"][0]["time_zone"], detail["delegations"]) == (200, "America/Los_Angeles", 2)


def test_a_second_delegation_gets_403_on_the_first_ones_objects(cast: Cast, published: AgendaVersion) -> None:
    mty = Api(cast.mty_member)
    forbidden = {"error": {"code": "forbidden", "message": "You may not see or change this."}}
    assert mty.get(f"/missions/convoy-la/delegations/{cast.gdl.pk}") == (403, forbidden)
    gdl_request = MeetingRequest.objects.get(delegation=cast.gdl, counterpart=cast.netflix)
    assert mty.post(f"/missions/convoy-la/requests/{gdl_request.pk}/withdraw")[0] == 403
    assert mty.post(f"/missions/convoy-la/requests/{gdl_request.pk}/outcomes", {"kind": "lead", "title": "x"})[0] == 403
    body = {"delegation": cast.gdl.pk, "counterpart": cast.port.pk, "reason": "in their name"}
    assert mty.post("/missions/convoy-la/requests", body)[0] == 403
    status, own = mty.get("/missions/convoy-la/delegations")
    assert (status, [d["key"] for d in own]) == (200, ["mun-19039"])
    status, requests = mty.get("/missions/convoy-la/requests")
    assert {r["delegation"] for r in requests} == {cast.mty.pk}
    status, agenda = mty.get(f"/missions/convoy-la/agendas/{published.number}")
    titles = sorted(p["title"] for p in agenda["placements"])
    assert titles == ["Monterrey — Port of Los Angeles", "Opening plenary", "Port briefing"]
    assert agenda["statistics"] is None
    assert Api(cast.outsider).get("/missions/convoy-la") == (403, forbidden)


def test_errors_follow_the_callers_language(cast: Cast) -> None:
    status, body = Api(cast.mty_member, language="es").get(f"/missions/convoy-la/delegations/{cast.gdl.pk}")
    assert (status, body["error"]["code"]) == (403, "forbidden")
    assert body["error"]["message"] == "No puede ver ni cambiar esto."
    assert Api(cast.mty_member).get("/missions/nowhere")[1]["error"]["code"] == "not_found"


def test_private_notes_only_for_organizers(cast: Cast) -> None:
    cast.netflix.private_notes = "VIP"
    cast.netflix.save()
    path = f"/missions/convoy-la/counterparts/{cast.netflix.pk}"
    assert Api(cast.organizer).get(path)[1]["private_notes"] == "VIP"
    assert Api(cast.gdl_member).get(path)[1]["private_notes"] is None
    assert Api(cast.netflix_contact).get("/missions/convoy-la/counterparts")[1][0]["key"] == "netflix"


def test_a_request_made_answered_and_its_outcome_logged(cast: Cast) -> None:
    MeetingRequest.objects.filter(delegation=cast.mty, counterpart=cast.netflix).delete()
    body = {"delegation": cast.mty.pk, "counterpart": cast.netflix.pk, "reason": "Studios", "language": "en"}
    status, made = Api(cast.mty_member).post("/missions/convoy-la/requests", body)
    assert (status, made["status"], made["source"], made["reason"]) == (201, "proposed", "delegation", "Studios")
    assert made["answer_by"] is not None
    again = Api(cast.mty_member).post("/missions/convoy-la/requests", body)
    assert again == (409, {"error": {"code": "refused", "message": "Monterrey has already asked to meet Netflix."}})
    assert (
        Api(cast.mty_member).post(f"/missions/convoy-la/requests/{made['id']}/answer", {"answer": "accept"})[0] == 403
    )
    status, answered = Api(cast.netflix_contact).post(
        f"/missions/convoy-la/requests/{made['id']}/answer", {"answer": "decline"}
    )
    assert (status, answered["status"]) == (200, "declined")
    status, outcome = Api(cast.mty_member).post(
        f"/missions/convoy-la/requests/{made['id']}/outcomes",
        {"kind": "lead", "title": "Studio tour", "language": "en"},
    )
    assert (status, outcome["key"], outcome["stage"]) == (201, f"req-{made['id']}-1", "lead")
    assert [o["title"] for o in Api(cast.mty_member).get("/missions/convoy-la/outcomes")[1]] == ["Studio tour"]
    assert Api(cast.gdl_member).get("/missions/convoy-la/outcomes")[1] == []
    bad = Api(cast.mty_member).post(f"/missions/convoy-la/requests/{made['id']}/outcomes", {"kind": "x", "title": "y"})
    assert bad[0] == 422 and Outcome.objects.count() == 1


def test_invalid_bodies_are_reported_field_by_field(cast: Cast) -> None:
    status, body = Api(cast.mty_member).post("/missions/convoy-la/requests", {"delegation": "x"})
    assert (status, body["error"]["code"]) == (422, "invalid")
    assert {f["field"] for f in body["error"]["fields"]} >= {"body.payload.delegation", "body.payload.counterpart"}


def test_drafts_are_listed_for_organizers_only(cast: Cast, published: AgendaVersion) -> None:
    assert [v["status"] for v in Api(cast.organizer).get("/missions/convoy-la/agendas")[1]] == ["published"]
    published.status = "draft"
    published.save()
    assert Api(cast.gdl_member).get("/missions/convoy-la/agendas")[1] == []
    assert Api(cast.gdl_member).get(f"/missions/convoy-la/agendas/{published.number}")[0] == 403
    status, detail = Api(cast.organizer).get(f"/missions/convoy-la/agendas/{published.number}")
    assert (status, detail["statistics"]["meetings_placed"], len(detail["placements"])) == (200, 3, 5)


def test_the_openapi_document_lists_every_resource(cast: Cast) -> None:
    response = Client().get("/api/openapi.json")
    paths = set(response.json()["paths"])
    assert {
        "/api/missions",
        "/api/missions/{slug}/delegations/{pk}",
        "/api/missions/{slug}/counterparts/{pk}",
        "/api/missions/{slug}/requests",
        "/api/missions/{slug}/agendas/{number}",
        "/api/missions/{slug}/outcomes",
    } <= paths
    assert Client().get("/api/docs").status_code == 200
