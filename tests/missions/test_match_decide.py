"""Accepting and rejecting suggestions: the meeting requests and seats they lead to."""

from __future__ import annotations

import datetime as dt

import pytest

from convoy.missions.models import (
    Activity,
    Counterpart,
    Delegation,
    Leg,
    MeetingRequest,
    Mission,
    Organization,
    Suggestion,
)
from convoy.missions.services.match_decide import accept_suggestions, reject_suggestions

pytestmark = pytest.mark.django_db

DAY = dt.date(2023, 2, 27)


def make_suggestion(*, language: str = "es", kind: str = "bilateral") -> Suggestion:
    sre = Organization.objects.create(key="sre", name="SRE", kind="federal_agency", country="MX")
    mission = Mission.objects.create(
        slug="m", title="M", organizer=sre, start_date=DAY, end_date=DAY, language=language
    )
    leg = Leg.objects.create(
        mission=mission, code="la", city="Los Angeles", country="US", time_zone="America/Los_Angeles",
        start_date=DAY, end_date=DAY,
    )  # fmt: skip
    gdl = Organization.objects.create(key="mun-14039", name="Guadalajara", kind="municipality", country="MX")
    netflix = Organization.objects.create(key="netflix", name="Netflix", kind="company", country="US")
    counterpart = Counterpart.objects.create(mission=mission, organization=netflix, leg=leg, marquee=True)
    studios = Activity.objects.create(
        mission=mission, code="studios", leg=leg, kind="group_session", title="Mesa", host=counterpart, seats=3
    )
    return Suggestion.objects.create(
        mission=mission,
        delegation=Delegation.objects.create(mission=mission, organization=gdl),
        counterpart=counterpart,
        kind=kind,
        activity=studios if kind == "group_seat" else None,
        score=0.74,
        explanation_es="Busca coproducción, que la contraparte ofrece",
        explanation_en="Seeks co-production, which the counterpart offers",
        run="r1",
    )


def request_of(suggestion: Suggestion) -> MeetingRequest:
    return MeetingRequest.objects.get(delegation=suggestion.delegation, counterpart=suggestion.counterpart)


def test_accepting_creates_an_accepted_request_with_the_reason_in_the_mission_language() -> None:
    suggestion = make_suggestion()
    assert accept_suggestions(suggestions=[suggestion], by="ana") == 1
    made = request_of(suggestion)
    assert (made.source, made.status, made.priority) == ("suggestion", "accepted", "normal")
    assert (made.reason, made.reason_language) == ("Busca coproducción, que la contraparte ofrece", "es")
    suggestion.refresh_from_db()
    assert (suggestion.status, suggestion.decided_by) == ("accepted", "ana")
    assert suggestion.decided_at is not None
    assert accept_suggestions(suggestions=[suggestion], by="ana") == 0


def test_an_english_mission_gets_the_english_reason() -> None:
    suggestion = make_suggestion(language="en")
    accept_suggestions(suggestions=[suggestion], by="ana")
    made = request_of(suggestion)
    assert (made.reason, made.reason_language) == ("Seeks co-production, which the counterpart offers", "en")


def test_a_live_request_is_accepted_as_it_is_a_dead_one_is_revived_from_the_suggestion() -> None:
    suggestion = make_suggestion()
    asked = MeetingRequest.objects.create(
        mission=suggestion.mission, delegation=suggestion.delegation, counterpart=suggestion.counterpart,
        priority="high", reason="Queremos filmar en Jalisco",
    )  # fmt: skip
    accept_suggestions(suggestions=[suggestion], by="ana")
    asked.refresh_from_db()
    assert (asked.source, asked.status, asked.priority, asked.reason) == (
        "delegation",
        "accepted",
        "high",
        "Queremos filmar en Jalisco",
    )
    reject_suggestions(suggestions=[suggestion], by="ana")
    asked.refresh_from_db()
    assert asked.status == "accepted"  # it did not come from the suggestion
    MeetingRequest.objects.filter(pk=asked.pk).update(status="withdrawn")
    accept_suggestions(suggestions=[suggestion], by="luis")
    asked.refresh_from_db()
    assert (asked.source, asked.status, asked.reason) == (
        "suggestion",
        "accepted",
        "Busca coproducción, que la contraparte ofrece",
    )


def test_rejecting_withdraws_the_request_that_came_from_the_suggestion() -> None:
    suggestion = make_suggestion()
    accept_suggestions(suggestions=[suggestion], by="ana")
    assert reject_suggestions(suggestions=[suggestion], by="luis") == 1
    assert request_of(suggestion).status == "withdrawn"
    suggestion.refresh_from_db()
    assert (suggestion.status, suggestion.decided_by) == ("rejected", "luis")
    assert reject_suggestions(suggestions=[suggestion], by="luis") == 0


def test_a_seat_puts_the_delegation_in_the_group_session_and_rejecting_takes_it_out() -> None:
    suggestion = make_suggestion(kind="group_seat")
    studios = suggestion.activity
    assert studios is not None
    accept_suggestions(suggestions=[suggestion], by="ana")
    assert list(studios.delegations.all()) == [suggestion.delegation]
    assert not MeetingRequest.objects.exists()
    reject_suggestions(suggestions=[suggestion], by="ana")
    assert list(studios.delegations.all()) == []


def test_rejecting_a_proposed_seat_leaves_a_delegation_listed_by_the_organizer() -> None:
    suggestion = make_suggestion(kind="group_seat")
    studios = suggestion.activity
    assert studios is not None
    studios.delegations.add(suggestion.delegation)
    reject_suggestions(suggestions=[suggestion], by="ana")
    assert list(studios.delegations.all()) == [suggestion.delegation]
