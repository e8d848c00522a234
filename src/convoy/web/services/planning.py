"""Start an agenda generation (or a re-plan) from the web and have it carried out.

The agenda app records the run and enqueues its task; ``CONVOY_WEB_RUNS`` says who works on
it: ``thread`` (default) — this server, in a background thread, unless a separate worker
(``django-admin db_worker``) claims it first; ``now`` — within the request; ``off`` — only
separate workers."""

from __future__ import annotations

import contextlib
import threading

from django.conf import settings
from django.db import connections

from convoy.agenda.models import PlanningRun
from convoy.agenda.services.changes import Changes
from convoy.agenda.services.runs import start_run, work_on
from convoy.missions.models import Mission


def _work(run_id: int) -> None:
    try:
        run = PlanningRun.objects.get(pk=run_id)
        work_on(run=run)
    except Exception:  # the run records its own failure; nothing else to tell here
        pass
    finally:
        connections.close_all()


def start_planning(
    *, mission: Mission, time_limit: float, created_by: str, changes: Changes | None = None
) -> PlanningRun:
    """A generation, or a re-plan absorbing ``changes`` (recorded at once; AgendaError when wrong)."""
    run = start_run(mission=mission, time_limit=time_limit, changes=changes, created_by=created_by)
    mode = getattr(settings, "CONVOY_WEB_RUNS", "thread")
    if mode == "now":
        with contextlib.suppress(Exception):  # a failure is recorded on the run
            work_on(run=run)
        run.refresh_from_db()
    elif mode == "thread":
        threading.Thread(target=_work, args=(run.pk,), name=f"convoy-run-{run.pk}", daemon=True).start()
    return run
