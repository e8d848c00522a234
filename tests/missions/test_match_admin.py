"""The suggestions in the organizer's admin: the list, its language, the bulk decisions."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client

from convoy.missions.models import Counterpart, Delegation, Leg, MeetingRequest, Mission, Organization, Suggestion

pytestmark = pytest.mark.django_db

URL = "/admin/missions/suggestion/"
DAY = dt.date(2023, 2, 27)


def make_suggestions() -> list[Suggestion]:
    sre = Organization.objects.create(key="sre", name="SRE", kind="federal_agency", country="MX")
    mission = Mission.objects.create(slug="m", title="M", organizer=sre, start_date=DAY, end_date=DAY)
    leg = Leg.objects.create(
        mission=mission, code="la", city="Los Angeles", country="US", time_zone="America/Los_Angeles",
        start_date=DAY, end_date=DAY,
    )  # fmt: skip
    tesla = Organization.objects.create(key="tesla", name="Tesla", kind="company", country="US")
    counterpart = Counterpart.objects.create(mission=mission, organization=tesla, leg=leg)
    rows = []
    for key, name in (("mun-19039", "Monterrey"), ("mun-11020", "León")):
        org = Organization.objects.create(key=key, name=name, kind="municipality", country="MX")
        rows.append(
            Suggestion.objects.create(
                mission=mission,
                delegation=Delegation.objects.create(mission=mission, organization=org),
                counterpart=counterpart,
                score=0.68,
                explanation_es="Busca desarrollo de proveedores, que la contraparte ofrece",
                explanation_en="Seeks supplier development, which the counterpart offers",
                run="r1",
            )
        )
    return rows


@pytest.mark.parametrize(
    ("language", "shown", "hidden"),
    [("es", "Busca desarrollo de proveedores", "Seeks supplier"), ("en", "Seeks supplier development", "Busca")],
)
def test_the_list_shows_the_explanation_in_the_admins_language(
    admin_client: Client, language: str, shown: str, hidden: str
) -> None:
    make_suggestions()
    page = admin_client.get(URL, headers={"accept-language": language}).content.decode()
    assert page.count(shown) == 2
    assert hidden not in page


def test_the_list_filters_by_status_and_searches_names(admin_client: Client) -> None:
    first, _ = make_suggestions()
    Suggestion.objects.filter(pk=first.pk).update(status="rejected")
    assert listed(admin_client, {"status__exact": "proposed"}) == ["León"]
    assert listed(admin_client, {"status__exact": "rejected"}) == ["Monterrey"]
    assert listed(admin_client, {"q": "Monterrey"}) == ["Monterrey"]
    assert listed(admin_client, {"delegation__id__exact": str(first.delegation_id)}) == ["Monterrey"]


def listed(client: Client, query: dict[str, str]) -> list[str]:
    """The delegations of the rows of the list (not of the filters beside it)."""
    page = client.get(URL, query).content.decode()
    return re.findall(r'class="field-delegation[^"]*"><a [^>]*>([^<]*)</a>', page)


def test_bulk_accept_and_reject(admin_client: Client) -> None:
    first, second = make_suggestions()
    selected = [first.pk, second.pk]
    response = admin_client.post(URL, {"action": "accept", "_selected_action": selected}, follow=True)
    assert response.status_code == 200
    assert list(Suggestion.objects.order_by("pk").values_list("status", "decided_by")) == [
        ("accepted", "admin"),
        ("accepted", "admin"),
    ]
    assert list(MeetingRequest.objects.values_list("source", "status")) == [("suggestion", "accepted")] * 2
    admin_client.post(URL, {"action": "reject", "_selected_action": [first.pk]}, follow=True)
    assert Suggestion.objects.get(pk=first.pk).status == "rejected"
    assert sorted(MeetingRequest.objects.values_list("status", flat=True)) == ["accepted", "withdrawn"]
