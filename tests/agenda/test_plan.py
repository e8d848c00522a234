"""plan_mission: the stored draft is exactly what the checker accepted; impossible mandatory
sets give the explanation and no agenda."""

from __future__ import annotations

import pytest
from django.utils import translation
from tests.agenda.factory import D1, make_mission, org

from convoy.agenda.models import AgendaVersion, Placement
from convoy.agenda.services.judge import judge_version
from convoy.agenda.services.plan import plan_mission
from convoy.agenda.services.render import summary_lines
from convoy.agenda.services.summary import summarize_version
from convoy.missions.models import Counterpart, Delegation, MeetingRequest, Mission

pytestmark = pytest.mark.django_db


def test_plan_stores_a_draft_that_passes_the_checker() -> None:
    mission = make_mission()
    events = []
    outcome = plan_mission(mission=mission, time_limit=3, progress=events.append)
    version = outcome.version
    assert version is not None
    assert (version.number, version.status, version.origin) == (1, "draft", "solver")
    assert judge_version(version=version).ok
    assert version.verdict["ok"] is True
    terms = version.verdict["terms"]
    # the coffee break is a pause, not a gap: activities on either side of it are back to back
    assert (terms["meetings_placed"], terms["mandatory_placed"], terms["breaks_total"]) == (3, 1, 0)
    # Guadalajara 6 + 4 + 4 (port briefing seat) -> f(14) = 16, Monterrey 1 -> f(1) = 2; both reach the floor
    assert {t["name"]: t["value"] for t in version.objective}["value"] == 18
    assert (terms["floor_shortfall"], terms["value_tier"]) == ({}, 18)
    assert outcome.result.status == "optimal"
    assert sorted(Placement.objects.filter(version=version).values_list("key", "kind")) == sorted(
        [("act:opening", "fixed"), ("act:port-briefing", "group_session")]
        + [
            (f"req:{pk}", "meeting")
            for pk in MeetingRequest.objects.filter(status="accepted").values_list("pk", flat=True)
        ]
    )
    assert Mission.objects.get(pk=mission.pk).status == "planning"
    assert events and events[-1].tier == "compactness"


def test_placements_keep_local_times_venues_and_who_takes_part() -> None:
    mission = make_mission()
    version = plan_mission(mission=mission, time_limit=3).version
    assert version is not None
    opening = version.placements.get(key="act:opening")
    assert (opening.date, f"{opening.start:%H:%M}", f"{opening.end:%H:%M}", opening.venue.code) == (
        D1,
        "09:00",
        "10:00",
        "hotel",
    )
    assert sorted(d.organization.key for d in opening.delegations.all()) == ["mun-14039", "mun-19039"]
    netflix = version.placements.get(request__counterpart__organization__key="netflix")
    # Netflix is free 11:00–12:15 on the first day only, and the request asks for the afternoon.
    assert (netflix.date, netflix.venue.code, netflix.slots) == (D1, "studio", 1)
    assert f"{netflix.start:%H:%M}" in {"11:00", "11:30"}
    assert [c.organization.key for c in netflix.counterparts.all()] == ["netflix"]
    briefing = version.placements.get(key="act:port-briefing")
    # Guadalajara's seat (weight 4) adds 16 - 12 under min(2W, W + 2), Monterrey's (weight 1) 4 - 2
    assert briefing.participants == ["cp:la:port-la", "del:mun-14039"]


def test_impossible_mandatory_meetings_are_explained_and_no_agenda_is_stored() -> None:
    mission = make_mission()
    netflix = Counterpart.objects.get(organization__key="netflix")
    for key, name in (("mun-19039", None), ("mun-09015", "Cuauhtémoc")):
        delegation = Delegation.objects.filter(mission=mission, organization__key=key).first()
        if delegation is None:
            delegation = Delegation.objects.create(
                mission=mission, organization=org(key, name, "municipality", country="MX", inegi_key="09015")
            )
        MeetingRequest.objects.update_or_create(
            mission=mission,
            delegation=delegation,
            counterpart=netflix,
            defaults={"priority": "must", "status": "accepted"},
        )
    outcome = plan_mission(mission=mission, time_limit=3)
    assert outcome.version is None
    assert AgendaVersion.objects.count() == 0
    assert outcome.result.status == "infeasible"
    [conflict] = outcome.result.conflicts
    assert conflict.code == "mandatory_conflict"
    assert conflict.en.startswith("Netflix has one free hour on 2023-02-27 but three mandatory meetings need it")
    assert conflict.es.startswith("Netflix tiene una hora libre el 2023-02-27 pero tres reuniones obligatorias")


def test_what_cannot_enter_the_problem_is_kept_with_the_version_and_shown() -> None:
    mission = make_mission()
    Counterpart.objects.filter(organization__key="netflix").update(confirmation="declined")
    request = MeetingRequest.objects.get(counterpart__organization__key="netflix", status="accepted")
    version = plan_mission(mission=mission, time_limit=3).version
    assert version is not None
    text = f"request {request.pk}: the counterpart declined"
    assert version.left_out == [{"key": f"req:{request.pk}", "text": text}]
    lines = summary_lines(summarize_version(version=version))
    assert lines[-2:] == ["  left out of the problem: 1", f"    - {text}"]


def test_a_delegation_that_cannot_be_served_is_shown_below_the_fairness_floor() -> None:
    mission = make_mission()
    puebla = Delegation.objects.create(
        mission=mission, organization=org("mun-21114", "Puebla", "municipality", country="MX", inegi_key="21114")
    )
    netflix = Counterpart.objects.get(organization__key="netflix")
    # Netflix is free from 11:00, the afternoon: a morning meeting has no time
    MeetingRequest.objects.create(
        mission=mission, delegation=puebla, counterpart=netflix, status="accepted", session="morning"
    )
    outcome = plan_mission(mission=mission, time_limit=3)
    assert outcome.version is not None and outcome.result.status == "optimal"
    terms = outcome.version.verdict["terms"]
    assert (terms["floor_shortfall"], terms["floor_shortfall_total"]) == ({"del:mun-21114": 1}, 1)
    lines = summary_lines(summarize_version(version=outcome.version))
    assert "  1 delegation below the fairness floor: Puebla" in lines
    with translation.override("es"):
        lines = summary_lines(summarize_version(version=outcome.version))
    assert "  1 delegación bajo el piso de equidad: Puebla" in lines
