"""Model rules of outcomes: one meeting at most, one figure per measure and status, unique keys."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from convoy.missions.models import Activity, Counterpart, Delegation, Leg, MeetingRequest, Mission, Organization
from convoy.outcomes.models import Figure, Outcome

pytestmark = pytest.mark.django_db


def make_meeting_pair() -> tuple[Mission, MeetingRequest, Activity]:
    sre = Organization.objects.create(key="sre", name="SRE", kind="federal_agency", country="MX")
    city = Organization.objects.create(
        key="mun-14039", name="Guadalajara", kind="municipality", country="MX", inegi_key="14039"
    )
    acme = Organization.objects.create(key="acme", name="Acme", kind="company", country="US")
    mission = Mission.objects.create(
        slug="m", title="M", organizer=sre, start_date=dt.date(2023, 2, 27), end_date=dt.date(2023, 2, 28)
    )
    leg = Leg.objects.create(
        mission=mission,
        code="la",
        city="Los Angeles",
        country="US",
        time_zone="America/Los_Angeles",
        start_date=dt.date(2023, 2, 27),
        end_date=dt.date(2023, 2, 28),
    )
    delegation = Delegation.objects.create(mission=mission, organization=city)
    counterpart = Counterpart.objects.create(mission=mission, organization=acme, leg=leg)
    request = MeetingRequest.objects.create(mission=mission, delegation=delegation, counterpart=counterpart)
    activity = Activity.objects.create(mission=mission, code="plenary", leg=leg, kind="plenary", title="Plenaria")
    return mission, request, activity


def test_an_outcome_belongs_to_one_meeting_at_most() -> None:
    mission, request, activity = make_meeting_pair()
    Outcome.objects.create(mission=mission, key="a", kind="lead", title="A", request=request)
    Outcome.objects.create(mission=mission, key="b", kind="lead", title="B", activity=activity)
    Outcome.objects.create(mission=mission, key="c", kind="lead", title="C")
    with pytest.raises(IntegrityError), transaction.atomic():
        Outcome.objects.create(mission=mission, key="d", kind="lead", title="D", request=request, activity=activity)
    assert Outcome.objects.filter(mission=mission).count() == 3


def test_outcome_keys_are_unique_per_mission() -> None:
    mission, _request, _activity = make_meeting_pair()
    Outcome.objects.create(mission=mission, key="a", kind="lead", title="A")
    with pytest.raises(IntegrityError), transaction.atomic():
        Outcome.objects.create(mission=mission, key="a", kind="jobs", title="A again")


def test_one_figure_per_measure_status_and_jobs_kind() -> None:
    mission, _request, _activity = make_meeting_pair()
    outcome = Outcome.objects.create(mission=mission, key="a", kind="jobs", title="A")
    day = dt.date(2023, 5, 2)
    Figure.objects.create(outcome=outcome, measure="jobs", status="expected", jobs_kind="new", value=700, date=day)
    Figure.objects.create(outcome=outcome, measure="jobs", status="expected", jobs_kind="retained", value=90, date=day)
    Figure.objects.create(outcome=outcome, measure="jobs", status="realized", jobs_kind="new", value=640, date=day)
    with pytest.raises(IntegrityError), transaction.atomic():
        Figure.objects.create(outcome=outcome, measure="jobs", status="expected", jobs_kind="new", value=1, date=day)
    assert sorted(outcome.figures.values_list("value", flat=True)) == [Decimal(90), Decimal(640), Decimal(700)]
