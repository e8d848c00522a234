"""The California sample, imported and planned end to end; the checker judges the draft."""

from __future__ import annotations

import pytest

from convoy.agenda.services.judge import judge_version
from convoy.agenda.services.plan import PlanOutcome, plan_mission
from convoy.exchange.imports import import_file
from convoy.missions.models import Activity, MeetingRequest, Mission
from convoy.samples import sample_paths

pytestmark = pytest.mark.django_db


def _plan_like_an_organizer(mission: Mission) -> tuple[PlanOutcome, list[str]]:
    """Plan; when mandatory meetings conflict, do what the explanation invites (make the
    requests it names no longer mandatory) and plan again."""
    downgraded: list[str] = []
    for _round in range(3):
        outcome = plan_mission(mission=mission, time_limit=10)
        if outcome.version is not None:
            return outcome, downgraded
        named = [i for c in outcome.result.conflicts for i in c.ids if i.startswith("req:")]
        assert named, outcome.result.conflicts
        MeetingRequest.objects.filter(pk__in=[int(i[4:]) for i in named]).update(priority="high")
        downgraded += named
    raise AssertionError("still no agenda after three rounds")


def test_the_california_sample_plans_end_to_end_and_passes_the_checker() -> None:
    path = next(p for p in sample_paths() if p.name == "convoy-california-2023.json")
    import_file(path)
    mission = Mission.objects.get(slug="convoy-california-2023")
    accepted = MeetingRequest.objects.filter(mission=mission, status="accepted").count()
    outcome, downgraded = _plan_like_an_organizer(mission)
    version = outcome.version
    assert version is not None
    report = judge_version(version=version)
    assert report.ok, report.violations[:5]
    terms = version.verdict["terms"]
    assert terms["mandatory_placed"] == terms["mandatory_total"]
    assert len(version.problem["meetings"]) == accepted
    assert terms["meetings_placed"] + len(version.result["unplaced"]) == accepted
    fixed = Activity.objects.filter(mission=mission, fixed=True).count()
    outside = [n for n in version.left_out if n["key"].startswith("act:")]
    assert version.placements.filter(kind="fixed").count() == len(version.problem["fixed"]) == fixed - len(outside)
    assert len(downgraded) <= 3
