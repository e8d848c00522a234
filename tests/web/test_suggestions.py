"""Matchmaking from the web: run it, read explanations, accept or reject one by one or in bulk."""

from __future__ import annotations

import pytest
from tests.web.conftest import Cast, client_for
from tests.web.test_pages import text_of, url

from convoy.missions.models import Interest, MeetingRequest, Suggestion

pytestmark = pytest.mark.django_db


@pytest.fixture
def matched(cast: Cast) -> Cast:
    Interest.objects.create(
        delegation=cast.mty, direction="need", kind="investment", text="Film studios", language="en"
    )
    Interest.objects.create(
        counterpart=cast.netflix, direction="offer", kind="investment", text="Studios", language="en"
    )
    Interest.objects.create(
        counterpart=cast.port, direction="offer", kind="trade", text="Port logistics", language="en"
    )
    client_for(cast.organizer).post(url("run_matchmaking", "convoy-la"))
    return cast


def test_matchmaking_lists_explained_suggestions_to_organizers_only(matched: Cast) -> None:
    suggestions = list(Suggestion.objects.filter(mission=matched.mission))
    assert suggestions
    page = text_of(client_for(matched.organizer).get(url("suggestions", "convoy-la")))
    for s in suggestions:
        assert s.explanation_en in page
    assert client_for(matched.gdl_member).get(url("suggestions", "convoy-la")).status_code == 403
    assert client_for(matched.gdl_member).post(url("run_matchmaking", "convoy-la")).status_code == 403


def test_suggestions_are_accepted_one_by_one_and_rejected_in_bulk(matched: Cast) -> None:
    organizer = client_for(matched.organizer)
    proposed = list(Suggestion.objects.filter(mission=matched.mission, status="proposed", kind="bilateral"))
    first = proposed[0]
    organizer.post(url("decide_suggestions", "convoy-la"), {"one": first.pk, "decision": "accept"})
    first.refresh_from_db()
    assert (first.status, first.decided_by) == ("accepted", "org")
    request = MeetingRequest.objects.get(delegation=first.delegation, counterpart=first.counterpart)
    assert request.status == "accepted"
    every = [s.pk for s in Suggestion.objects.filter(mission=matched.mission)]
    response = organizer.post(url("decide_suggestions", "convoy-la"), {"ids": every, "decision": "reject"}, follow=True)
    assert f"{len(every)} suggestions changed." in text_of(response)
    statuses = set(Suggestion.objects.filter(mission=matched.mission).values_list("status", flat=True))
    assert statuses == {"rejected"}
    assert "Tick at least one suggestion" in text_of(
        organizer.post(url("decide_suggestions", "convoy-la"), {"decision": "accept"}, follow=True)
    )


def test_the_api_lists_and_decides_suggestions_for_organizers(matched: Cast) -> None:
    from tests.web.test_api import Api

    status, listed = Api(matched.organizer).get("/missions/convoy-la/suggestions")
    first = Suggestion.objects.get(pk=listed[0]["id"])
    assert (status, listed[0]["explanation"]) == (200, first.explanation_en)
    assert Api(matched.gdl_member).get("/missions/convoy-la/suggestions")[0] == 403
    decided = Api(matched.organizer).post(
        "/missions/convoy-la/suggestions/decide", {"ids": [first.pk], "decision": "accept"}
    )
    assert decided == (200, {"changed": 1})
    assert (
        Api(matched.organizer).post("/missions/convoy-la/suggestions/decide", {"ids": [1], "decision": "x"})[0] == 422
    )
