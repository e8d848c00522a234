"""Meetings as the report counts them: the published agenda's, else what was agreed."""

from __future__ import annotations

from collections import Counter

from convoy.agenda.models import Placement
from convoy.missions.models import Delegation, Mission
from convoy.outcomes.services.fairness import meetings_per_delegation
from convoy.outcomes.services.meetings import collect_meetings

from ..factory import publish_agenda


def by_key(mission: Mission, per_delegation: dict[int, int]) -> dict[str, int]:
    return {Delegation.objects.get(pk=pk).organization.key: n for pk, n in per_delegation.items()}


def test_without_an_agenda_accepted_requests_and_activities_are_meetings_travel_is_not(mission: Mission) -> None:
    found = collect_meetings(mission=mission)
    assert (found.agenda_version, found.left_off, found.requests, found.activities) == (None, 0, 5, 2)
    assert Counter(m.axis for m in found.items) == {"economic": 4, "creative": 1, "": 2}
    assert Counter(m.sector for m in found.items) == {"31-33": 4, "81": 1, "51": 1, "": 1}


def test_without_an_agenda_an_activity_without_a_list_is_for_every_delegation_of_its_leg(mission: Mission) -> None:
    per_delegation = meetings_per_delegation(mission=mission, meetings=collect_meetings(mission=mission).items)
    assert by_key(mission, per_delegation) == {
        "mun-14039": 3,
        "mun-14120": 2,
        "mun-31050": 3,
        "edo-14": 2,
        "emp-demo": 2,
    }


def test_with_a_published_agenda_its_placements_are_the_meetings(mission: Mission) -> None:
    version = publish_agenda(mission)
    found = collect_meetings(mission=mission)
    # four requests placed (Nihon Kikai declined: Empresa Demo's request is left off), the plenary and the
    # studio's session; the bus ride is on the agenda but is travel
    assert (found.agenda_version, found.left_off, found.requests, found.activities) == (version.number, 1, 4, 2)
    assert Placement.objects.filter(version=version, activity__kind="travel").count() == 1
    assert Counter(m.axis for m in found.items) == {"economic": 3, "creative": 1, "": 2}
    assert Counter(m.sector for m in found.items) == {"31-33": 3, "81": 1, "51": 1, "": 1}
    per_delegation = meetings_per_delegation(mission=mission, meetings=found.items)
    assert by_key(mission, per_delegation) == {
        "mun-14039": 3,
        "mun-14120": 2,
        "mun-31050": 3,
        "edo-14": 2,
        "emp-demo": 1,
    }


def test_a_draft_agenda_is_not_counted(mission: Mission) -> None:
    version = publish_agenda(mission)
    version.status = "draft"
    version.save(update_fields=["status"])
    found = collect_meetings(mission=mission)
    assert (found.agenda_version, found.left_off, found.requests, found.activities) == (None, 0, 5, 2)


def test_the_placement_says_who_took_part_and_a_public_activity_listing_none_is_for_the_leg(mission: Mission) -> None:
    version = publish_agenda(mission)
    plenary = Placement.objects.get(version=version, key="act:plenary")
    plenary.delegations.remove(*Delegation.objects.filter(organization__key__in=["mun-14120", "edo-14"]))
    per_delegation = meetings_per_delegation(mission=mission, meetings=collect_meetings(mission=mission).items)
    assert by_key(mission, per_delegation) == {
        "mun-14039": 3,
        "mun-14120": 1,
        "mun-31050": 3,
        "edo-14": 1,
        "emp-demo": 1,
    }
    plenary.delegations.clear()
    per_delegation = meetings_per_delegation(mission=mission, meetings=collect_meetings(mission=mission).items)
    assert by_key(mission, per_delegation) == {
        "mun-14039": 3,
        "mun-14120": 2,
        "mun-31050": 3,
        "edo-14": 2,
        "emp-demo": 1,
    }
