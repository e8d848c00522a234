"""Publishing supersedes the previous agenda; a diff names what moved and whom to tell."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from tests.agenda.factory import D1, make_mission

from convoy.agenda.models import AgendaVersion
from convoy.agenda.services.diff import Change, Recipient, When, diff_versions
from convoy.agenda.services.errors import AgendaError
from convoy.agenda.services.judge import stored_problem
from convoy.agenda.services.plan import plan_mission
from convoy.agenda.services.publish import confirm_placements, publish_version
from convoy.agenda.services.render import diff_data, diff_lines
from convoy.agenda.services.store import store_version
from convoy.missions.models import MeetingRequest, Mission
from convoy.planning.check import check
from convoy.planning.result import Result
from convoy.planning.serialize import from_data

pytestmark = pytest.mark.django_db


def planned(mission: Mission) -> AgendaVersion:
    version = plan_mission(mission=mission, time_limit=3).version
    assert version is not None
    return version


def test_publishing_supersedes_the_published_version_and_publishes_the_mission() -> None:
    mission = make_mission()
    first, second = planned(mission), planned(mission)
    assert publish_version(mission=mission, number=1) == (first, None)
    published, previous = publish_version(mission=mission)
    assert (published.pk, previous.pk if previous else None) == (second.pk, first.pk)
    statuses = dict(AgendaVersion.objects.values_list("number", "status"))
    assert statuses == {1: "superseded", 2: "published"}
    assert Mission.objects.get(pk=mission.pk).status == "published"
    assert published.published_at is not None


def test_only_drafts_can_be_published() -> None:
    mission = make_mission()
    with pytest.raises(
        AgendaError, match=re.escape("no draft agenda to publish. Make one with: convoy plan convoy-la")
    ):
        publish_version(mission=mission)
    planned(mission)
    publish_version(mission=mission)
    with pytest.raises(AgendaError, match=re.escape("Version 1 is published; only a draft can be published.")):
        publish_version(mission=mission, number=1)
    with pytest.raises(AgendaError, match=re.escape("has no agenda version 7. Versions: 1.")):
        publish_version(mission=mission, number=7)


def _moved_copy(version: AgendaVersion, key: str, *, day: str, start: int) -> AgendaVersion:
    """A second version where placement ``key`` sits elsewhere (checked before it is stored)."""
    problem = stored_problem(version=version)
    result = from_data(Result, version.result)
    placements = tuple(dataclasses.replace(p, day=day, start=start) if p.id == key else p for p in result.placements)
    moved = dataclasses.replace(result, placements=placements)
    report = check(problem, moved)
    assert report.ok, report.violations
    return store_version(mission=version.mission, problem=problem, result=moved, report=report, origin="edit")


def _free_slot(version: AgendaVersion, key: str, *, day: str, besides: int) -> int:
    """A slot of ``day`` other than ``besides`` where placement ``key`` may go (the solver's
    agenda decides which ones are free, so the test asks the checker instead of assuming)."""
    problem = stored_problem(version=version)
    result = from_data(Result, version.result)
    for slot in (7, 6, 8, 5, 9, 4, 10, 3, 11, 2, 12, 1, 0):
        if slot == besides:
            continue
        placements = tuple(dataclasses.replace(p, day=day, start=slot) if p.id == key else p for p in result.placements)
        if check(problem, dataclasses.replace(result, placements=placements)).ok:
            return slot
    raise AssertionError(f"no free slot for {key} on {day}")


def test_diff_of_two_versions_where_one_meeting_moves() -> None:
    mission = make_mission()
    first = planned(mission)
    request = MeetingRequest.objects.get(
        delegation__organization__key="mun-14039", counterpart__organization__key="port-la"
    )
    key = f"req:{request.pk}"
    before = first.placements.get(key=key)
    target = _free_slot(first, key, day="day:la:2023-02-27", besides=before.start_slot)
    second = _moved_copy(first, key, day="day:la:2023-02-27", start=target)
    diff = diff_versions(old=first, new=second)
    old_when = When(before.date, before.start, before.end, "Hotel Biltmore")
    start = 9 * 60 + 30 * target
    new_when = When(D1, dt.time(*divmod(start, 60)), dt.time(*divmod(start + 30, 60)), "Hotel Biltmore")
    change = Change(key, "Guadalajara — Port of Los Angeles", "moved", old_when, new_when)
    assert (diff.old, diff.new, diff.added, diff.removed, diff.moved) == (1, 2, (), (), (change,))
    assert [(p.id, p.name, p.changes) for p in diff.participants] == [
        ("del:mun-14039", "Guadalajara", (change,)),
        ("cp:la:port-la", "Port of Los Angeles", (change,)),
    ]
    # Guadalajara's members are told; the port has no contact on file.
    assert diff.notify == (
        Recipient("Ana Ruiz", "", "Guadalajara"),
        Recipient("Pablo Lemus", "alcalde@gdl.example", "Guadalajara"),
    )
    assert diff_data(diff)["moved"] == [
        {
            "key": key,
            "title": "Guadalajara — Port of Los Angeles",
            "change": "moved",
            "old": {
                "date": "2023-02-27",
                "start": f"{before.start:%H:%M}",
                "end": f"{before.end:%H:%M}",
                "venue": "Hotel Biltmore",
            },
            "new": {
                "date": "2023-02-27",
                "start": f"{new_when.start:%H:%M}",
                "end": f"{new_when.end:%H:%M}",
                "venue": "Hotel Biltmore",
            },
        }
    ]
    assert diff_lines(diff)[0] == "Changes from version 1 to version 2: 0 added, 0 removed, 1 moved"


def test_confirming_names_unknown_placements() -> None:
    version = planned(make_mission())
    assert confirm_placements(version=version, keys=["act:opening"]) == 1
    with pytest.raises(AgendaError, match=re.escape("Version 1 has no placement req:999.")):
        confirm_placements(version=version, keys=["req:999"])
