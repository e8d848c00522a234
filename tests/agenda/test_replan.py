"""Re-planning keeps confirmed meetings where they are and changes as little as possible."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from tests.agenda.factory import make_mission, org

from convoy.agenda.models import AgendaVersion, ClosedSlot
from convoy.agenda.services.changes import Changes, record_changes
from convoy.agenda.services.diff import diff_versions
from convoy.agenda.services.errors import AgendaError
from convoy.agenda.services.judge import judge_version, stored_problem
from convoy.agenda.services.plan import plan_mission
from convoy.agenda.services.publish import confirm_placements, publish_version
from convoy.agenda.services.replan import replan_mission
from convoy.missions.models import Counterpart, Delegation, MeetingRequest, Mission
from convoy.planning.problem import SlotRef

pytestmark = pytest.mark.django_db


def published(mission: Mission) -> AgendaVersion:
    version = plan_mission(mission=mission, time_limit=3).version
    assert version is not None
    publish_version(mission=mission)
    return version


def replanned(mission: Mission, changes: Changes) -> AgendaVersion:
    record_changes(mission=mission, changes=changes)
    version = replan_mission(mission=mission, changes=changes, time_limit=3).version
    assert version is not None
    assert judge_version(version=version).ok
    return version


def key_of(delegation: str, counterpart: str) -> str:
    pk = MeetingRequest.objects.get(
        delegation__organization__key=delegation, counterpart__organization__key=counterpart
    ).pk
    return f"req:{pk}"


def test_after_a_cancellation_only_the_cancelled_counterparts_activities_go() -> None:
    mission = make_mission()
    first = published(mission)
    netflix = key_of("mun-14039", "netflix")
    confirm_placements(version=first, keys=[netflix])
    second = replanned(mission, Changes(cancel="port-la"))
    diff = diff_versions(old=first, new=second)
    assert (diff.added, diff.moved) == ((), ())
    assert sorted(c.key for c in diff.removed) == sorted(
        [key_of("mun-14039", "port-la"), key_of("mun-19039", "port-la"), "act:port-briefing"]
    )
    kept = second.placements.get(key=netflix)
    before = first.placements.get(key=netflix)
    assert (kept.day, kept.start_slot) == (before.day, before.start_slot)
    problem = stored_problem(version=second)
    [meeting] = problem.meetings
    assert (meeting.pinned, meeting.mandatory) == (SlotRef(before.day, before.start_slot or 0), True)
    assert second.origin == "repair"
    assert second.note == "Re-plan of version 1: counterpart port-la cancelled"
    assert second.verdict["terms"]["changes"] == 3
    assert Counterpart.objects.get(organization__key="port-la").confirmation == "declined"


def test_a_removed_slot_moves_only_what_sat_in_it() -> None:
    mission = make_mission()
    first = published(mission)
    gdl_port = first.placements.get(key=key_of("mun-14039", "port-la"))
    slot = ("la", gdl_port.date.isoformat(), f"{gdl_port.start:%H:%M}")
    sitting = sorted(
        p.key
        for p in first.placements.filter(day=gdl_port.day)
        if (p.start_slot or 0) <= (gdl_port.start_slot or 0) < (p.start_slot or 0) + (p.slots or 0)
    )
    second = replanned(mission, Changes(remove_slot=slot))
    diff = diff_versions(old=first, new=second)
    assert (sorted(c.key for c in diff.moved), diff.added, diff.removed) == (sitting, (), ())
    assert second.verdict["terms"]["changes"] == len(sitting)
    assert ClosedSlot.objects.filter(leg__code="la", date=gdl_port.date, start=gdl_port.start).count() == 1


def test_an_added_delegation_fits_in_without_moving_the_confirmed_meeting() -> None:
    mission = make_mission()
    first = published(mission)
    netflix_key = key_of("mun-14039", "netflix")
    confirm_placements(version=first, keys=[netflix_key])
    cdmx = Delegation.objects.create(
        mission=mission, organization=org("mun-09015", "Cuauhtémoc", "municipality", country="MX", inegi_key="09015")
    )
    MeetingRequest.objects.create(
        mission=mission,
        delegation=cdmx,
        counterpart=Counterpart.objects.get(organization__key="netflix"),
        priority="must",
        status="accepted",
    )
    second = replanned(mission, Changes(add_delegation="mun-09015"))
    diff = diff_versions(old=first, new=second)
    assert ([c.key for c in diff.added], diff.moved, diff.removed) == ([key_of("mun-09015", "netflix")], (), ())
    mine = {p.name: [(c.key, c.change) for c in p.changes] for p in diff.participants}
    new_key = key_of("mun-09015", "netflix")
    assert mine["Cuauhtémoc"] == [("act:opening", "added"), (new_key, "added")]
    assert mine["Netflix"] == [(new_key, "added")]
    assert "Rosa Díaz" in [r.name for r in diff.notify]


def test_changes_are_checked_before_anything_is_recorded() -> None:
    mission = make_mission()
    cases = [
        (Changes(), "Say what changed: --cancel, --remove-slot or --add-delegation."),
        (Changes(cancel="acme"), "acme is not a counterpart of mission convoy-la."),
        (Changes(cancel="netflix", leg="sf"), "netflix is not a counterpart of mission convoy-la in leg sf."),
        (Changes(add_delegation="netflix"), "netflix is not a delegation of mission convoy-la; add it"),
        (Changes(remove_slot=("sf", "2023-02-27", "09:00")), "Mission convoy-la has no leg sf."),
        (Changes(remove_slot=("la", "27/02/2023", "09:00")), "Give the slot as LEG YYYY-MM-DD HH:MM"),
        (Changes(remove_slot=("la", "2023-03-01", "09:00")), "2023-03-01 09:00 is outside leg la."),
        (Changes(remove_slot=("la", "2023-02-27", "13:00")), "2023-02-27 13:00 is outside leg la."),
    ]
    for changes, message in cases:
        with pytest.raises(AgendaError, match=re.escape(message)):
            record_changes(mission=mission, changes=changes)
    assert ClosedSlot.objects.count() == 0


def test_replan_needs_a_published_agenda() -> None:
    mission = make_mission()
    with pytest.raises(AgendaError, match=re.escape("has no published agenda to re-plan; publish one first.")):
        replan_mission(mission=mission, changes=Changes(cancel="netflix"), time_limit=1)


def test_changes_survive_a_round_trip_through_json_data() -> None:
    changes = Changes(cancel="netflix", leg="la", remove_slot=("la", "2023-02-27", "11:00"))
    assert Changes.from_data(changes.to_data()) == changes
    assert changes.describe() == "counterpart netflix cancelled in leg la; slot 2023-02-27 11:00 removed in leg la"
    assert dt.date.fromisoformat(changes.remove_slot[1]) == dt.date(2023, 2, 27)  # type: ignore[index]
