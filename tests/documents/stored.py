"""Sample missions loaded, planned with a short time limit and published, for the document tests."""

from __future__ import annotations

from convoy.agenda.services.changes import Changes, record_changes
from convoy.agenda.services.plan import plan_mission
from convoy.agenda.services.publish import publish_version
from convoy.agenda.services.replan import replan_mission
from convoy.exchange.imports import import_file
from convoy.missions.models import Mission
from convoy.samples import sample_paths

TIME_LIMIT = 2.0


def load_sample(slug: str) -> Mission:
    (path,) = [p for p in sample_paths() if p.stem == slug]
    import_file(path)
    return Mission.objects.get(slug=slug)


def published_sample(slug: str) -> Mission:
    """The sample with version 1 planned and published."""
    mission = load_sample(slug)
    outcome = plan_mission(mission=mission, time_limit=TIME_LIMIT)
    assert outcome.version is not None, outcome.result.conflicts
    publish_version(mission=mission)
    return mission


def replan_and_publish(mission: Mission, changes: Changes) -> None:
    """Record ``changes``, re-plan the published agenda and publish the new version."""
    record_changes(mission=mission, changes=changes)
    outcome = replan_mission(mission=mission, changes=changes, time_limit=TIME_LIMIT)
    assert outcome.version is not None, outcome.result.conflicts
    publish_version(mission=mission)
