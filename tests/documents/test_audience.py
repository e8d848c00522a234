"""Who sees what: a delegation its own activities and plenaries, never another delegation's people."""

from __future__ import annotations

from convoy.documents.audience import Audience, activities_for, attendees_shown, other_delegations

from .example import MISSION, example_programme, meeting_key

PLENARY = f"{MISSION}/activity/bass-reception"
GROUP = f"{MISSION}/activity/ucla-talent"


def keys(audience: Audience, version: int = 1) -> list[str]:
    return [a.key for a in activities_for(programme=example_programme(version), audience=audience)]


def test_delegation_sees_plenary_its_meetings_and_its_group_session_in_time_order() -> None:
    assert keys(Audience("delegation", "mun-14039")) == [
        PLENARY,
        meeting_key("mun-14039", "netflix", "los-angeles"),
        meeting_key("mun-14039", "ucla", "los-angeles"),
        GROUP,
    ]


def test_plenary_of_a_leg_is_not_shown_to_a_delegation_that_skips_the_leg() -> None:
    assert PLENARY not in keys(Audience("delegation", "mun-99999"))


def test_counterpart_sees_only_its_own_activities() -> None:
    assert keys(Audience("counterpart", "ucla")) == [
        meeting_key("edo-01", "ucla", "los-angeles"),
        meeting_key("mun-14039", "ucla", "los-angeles"),
        GROUP,
    ]


def test_person_sees_what_they_attend_and_their_delegations_plenaries() -> None:
    assert keys(Audience("person", "sre/kenji")) == [meeting_key("edo-01", "tachi-s", "tokyo")]
    assert keys(Audience("person", "edo-01/diana")) == [
        PLENARY,
        meeting_key("edo-01", "ucla", "los-angeles"),
        GROUP,
        meeting_key("edo-01", "tachi-s", "tokyo"),
    ]


def test_attendees_never_include_another_delegations_people() -> None:
    programme = example_programme()
    group = next(a for a in programme.activities if a.key == GROUP)
    shown = attendees_shown(programme=programme, activity=group, audience=Audience("delegation", "mun-14039"))
    assert [p.name for p in shown] == ["Jorge Muestra Núñez"]
    everyone = attendees_shown(programme=programme, activity=group, audience=Audience("mission"))
    assert [p.name for p in everyone] == ["Jorge Muestra Núñez", "Diana Ejemplo Romo"]
    assert other_delegations(programme=programme, activity=group, audience=Audience("delegation", "mun-14039")) == 1
    assert other_delegations(programme=programme, activity=group, audience=Audience("person", "edo-01/diana")) == 1


def test_plenary_lists_the_delegations_own_members_and_the_organizer_staff() -> None:
    programme = example_programme()
    plenary = next(a for a in programme.activities if a.key == PLENARY)
    shown = attendees_shown(programme=programme, activity=plenary, audience=Audience("delegation", "edo-01"))
    assert [p.name for p in shown] == ["Lucía Muestra Ibáñez", "Diana Ejemplo Romo"]
