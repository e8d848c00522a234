"""Planning runs: queued as django-tasks tasks, carried out in-process or by db_worker."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult
from tests.agenda.factory import make_mission

from convoy.agenda.models import AgendaVersion
from convoy.agenda.services import runs
from convoy.agenda.services.changes import Changes
from convoy.agenda.services.errors import AgendaError
from convoy.agenda.services.publish import publish_version
from convoy.missions.models import Counterpart, MeetingRequest

pytestmark = pytest.mark.django_db


def test_a_run_is_queued_then_carried_out_here_with_progress() -> None:
    mission = make_mission()
    run = runs.start_run(mission=mission, time_limit=2, created_by="ana")
    assert (run.status, run.kind, run.message) == ("queued", "plan", "queued")
    assert DBTaskResult.objects.get(id=run.task_id).status == "READY"
    seen: list[tuple[str, str]] = []
    with runs.listening(lambda r: seen.append((r.status, r.message))):
        assert runs.work_on(run=run) is True
    run.refresh_from_db()
    assert (run.status, run.progress, run.message, run.error) == ("done", 1.0, "done", "")
    assert run.version == AgendaVersion.objects.get(mission=mission, number=1)
    assert run.version.created_by == "ana"
    assert seen[0] == ("running", "building the problem") and seen[-1] == ("done", "done")
    assert any(message.startswith("solving ") for _status, message in seen[1:-1])
    assert DBTaskResult.objects.get(id=run.task_id).status == "SUCCESSFUL"
    assert runs.work_on(run=run) is False  # nothing left to claim


@pytest.mark.django_db(transaction=True)  # the worker closes and reopens connections between tasks
def test_a_queued_run_is_picked_up_by_the_database_worker() -> None:
    mission = make_mission()
    run = runs.start_run(mission=mission, time_limit=2)
    call_command("db_worker", batch=True, startup_delay=False, interval=0, reload=False, verbosity=0)
    finished = runs.wait_for(run=run, poll=0.01)
    assert finished.status == "done"
    assert finished.version is not None and finished.version.number == 1


def test_waiting_gives_up_after_the_timeout_and_returns_the_run_as_it_stands() -> None:
    run = runs.start_run(mission=make_mission(), time_limit=2)
    seen: list[str] = []
    waited = runs.wait_for(run=run, on_update=lambda r: seen.append(r.status), poll=0.01, timeout=0.05)
    assert (waited.status, seen) == ("queued", ["queued"])


def test_an_impossible_mission_fails_its_run_with_the_explanation() -> None:
    mission = make_mission()
    netflix = Counterpart.objects.get(organization__key="netflix")
    netflix.availability.update(end="11:30")  # one slot left, and it must serve two mandatory meetings
    MeetingRequest.objects.filter(counterpart=netflix).update(priority="must", status="accepted", session="any")
    run = runs.start_run(mission=mission, time_limit=2)
    runs.work_on(run=run)
    run.refresh_from_db()
    assert (run.status, run.message, run.version) == ("failed", "no agenda", None)
    assert run.error.startswith("Netflix has 30 free minutes on 2023-02-27 but two mandatory meetings need it")
    assert AgendaVersion.objects.count() == 0


def test_a_replan_run_records_its_changes_first_and_refuses_bad_ones() -> None:
    mission = make_mission()
    with pytest.raises(AgendaError, match="has no published agenda to re-plan"):
        runs.start_run(mission=mission, time_limit=1, changes=Changes(cancel="netflix"))
    runs.work_on(run=runs.start_run(mission=mission, time_limit=2))
    publish_version(mission=mission)
    with pytest.raises(AgendaError, match="acme is not a counterpart"):
        runs.start_run(mission=mission, time_limit=1, changes=Changes(cancel="acme"))
    assert Counterpart.objects.get(organization__key="netflix").confirmation == "confirmed"
    run = runs.start_run(mission=mission, time_limit=2, changes=Changes(cancel="netflix"))
    assert (run.kind, run.changes["cancel"]) == ("replan", "netflix")
    assert Counterpart.objects.get(organization__key="netflix").confirmation == "declined"
    runs.work_on(run=run)
    run.refresh_from_db()
    # The only mandatory meeting was with Netflix: the re-plan still stores a valid draft.
    assert (run.status, run.version.number if run.version else None) == ("done", 2)
    assert run.version is not None and run.version.origin == "repair"
