"""Model rules that do not depend on importing: INEGI keys, constraints, natural keys."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from convoy.missions.models import Interest, Leg, Mission, Organization
from convoy.missions.models.organization import inegi_errors

pytestmark = pytest.mark.django_db


def make_org(**fields: object) -> Organization:
    defaults: dict[str, object] = {"key": "sre", "name": "SRE", "kind": "federal_agency", "country": "MX"}
    defaults.update(fields)
    return Organization.objects.create(**defaults)


def make_mission() -> Mission:
    return Mission.objects.create(
        slug="m", title="M", organizer=make_org(), start_date=dt.date(2023, 2, 27), end_date=dt.date(2023, 3, 3)
    )


def test_municipality_key_is_checked_against_the_catalog() -> None:
    assert inegi_errors(kind="municipality", inegi_key="14098", country="MX", subdivision="MX-JAL") == {}
    assert "inegi_key" in inegi_errors(kind="municipality", inegi_key="14999", country="MX", subdivision="")
    assert "inegi_key" in inegi_errors(kind="municipality", inegi_key="", country="MX", subdivision="")


def test_municipality_key_must_match_its_state() -> None:
    errors = inegi_errors(kind="municipality", inegi_key="14098", country="MX", subdivision="MX-AGU")
    assert list(errors) == ["subdivision"]
    assert "MX-JAL" in errors["subdivision"]


def test_only_mexican_governments_carry_inegi_keys() -> None:
    assert list(inegi_errors(kind="company", inegi_key="14098", country="US", subdivision="")) == ["inegi_key"]
    assert list(inegi_errors(kind="state", inegi_key="14", country="MX", subdivision="MX-JAL")) == []


def test_full_clean_reports_a_bad_key_on_its_field() -> None:
    org = Organization(key="mun-x", name="X", kind="municipality", country="MX", inegi_key="99001")
    with pytest.raises(ValidationError) as error:
        org.full_clean()
    assert set(error.value.message_dict) == {"inegi_key"}


def test_unknown_scian_code_and_time_zone_are_rejected() -> None:
    org = Organization(key="acme", name="Acme", kind="company", country="US", scian_codes=["336", "999999"])
    with pytest.raises(ValidationError) as error:
        org.full_clean()
    assert set(error.value.message_dict) == {"scian_codes"}
    leg = Leg(
        mission=make_mission(),
        code="la",
        city="Los Angeles",
        country="US",
        time_zone="America/Los_Angles",
        start_date=dt.date(2023, 2, 27),
        end_date=dt.date(2023, 2, 28),
    )
    with pytest.raises(ValidationError) as error:
        leg.full_clean()
    assert set(error.value.message_dict) == {"time_zone"}


def test_leg_days_cover_its_dates() -> None:
    leg = Leg(start_date=dt.date(2023, 2, 27), end_date=dt.date(2023, 3, 1))
    assert leg.days() == [dt.date(2023, 2, 27), dt.date(2023, 2, 28), dt.date(2023, 3, 1)]


def test_database_refuses_inverted_mission_dates() -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Mission.objects.create(
            slug="x",
            title="X",
            organizer=make_org(key="o2"),
            start_date=dt.date(2023, 3, 3),
            end_date=dt.date(2023, 2, 27),
        )


def test_an_interest_belongs_to_exactly_one_owner() -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Interest.objects.create(direction="need", kind="investment", text="sin dueño")
