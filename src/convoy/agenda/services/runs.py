"""Planning runs in the background: enqueue, carry out (the task body), work in-process, wait.

A run is a row (``PlanningRun``) plus a django-tasks task.  ``execute_run`` is what the
task does; it records progress on the row (throttled) and tells any in-process listener.
``work_on`` lets the process that enqueued a run be its worker; when another worker took
it first, ``wait_for`` follows the row until the run ends.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

from django.db import transaction
from django.utils.crypto import get_random_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from convoy.agenda.models import PlanningRun
from convoy.agenda.models.choices import RunKind, RunStatus
from convoy.agenda.services.changes import Changes, record_changes
from convoy.agenda.services.errors import AgendaError
from convoy.agenda.services.lookup import published_version
from convoy.agenda.services.plan import PlanOutcome, plan_mission
from convoy.agenda.services.replan import replan_mission
from convoy.missions.models import Mission
from convoy.planning.solve import ProgressEvent

Listener = Callable[[PlanningRun], None]
_listeners: list[Listener] = []
FINISHED = (RunStatus.DONE, RunStatus.FAILED)


@contextlib.contextmanager
def listening(listener: Listener) -> Iterator[None]:
    """Call ``listener`` with the run at each progress step of runs executed in this process."""
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)


def _update(run: PlanningRun, *, save: bool = True, **fields: object) -> None:
    for name, value in fields.items():
        setattr(run, name, value)
    if save:
        run.save(update_fields=[*fields, "updated_at"])
    for listener in list(_listeners):
        listener(run)


def start_run(
    *, mission: Mission, time_limit: float, changes: Changes | None = None, created_by: str = ""
) -> PlanningRun:
    """Record a run (and a re-plan's changes) and enqueue its task."""
    from convoy.agenda.tasks import plan_run

    with transaction.atomic():
        if changes is not None:
            if published_version(mission=mission) is None:
                raise AgendaError(
                    _("Mission %(slug)s has no published agenda to re-plan; publish one first.")
                    % {"slug": mission.slug}
                )
            record_changes(mission=mission, changes=changes)
        run = PlanningRun.objects.create(
            mission=mission,
            kind=RunKind.REPLAN if changes is not None else RunKind.PLAN,
            time_limit=time_limit,
            changes=changes.to_data() if changes is not None else {},
            created_by=created_by,
            message=_("queued"),
        )
    enqueued = plan_run.enqueue(run_id=run.pk)
    PlanningRun.objects.filter(pk=run.pk, task_id="").update(task_id=str(enqueued.id))
    run.refresh_from_db()
    return run


def tier_label(name: str) -> str:
    """An objective tier's name in the active language."""
    labels = {
        "mandatory": _("mandatory meetings"),
        "value": _("value and fairness"),
        "compactness": _("compact days"),
        "changes": _("changes to the published agenda"),
    }
    return labels.get(name, name)


class _Reporter:
    """Turns solver progress into the run's fraction and message, saving at most twice a second."""

    def __init__(self, run: PlanningRun) -> None:
        self.run, self.saved = run, 0.0

    def __call__(self, event: ProgressEvent) -> None:
        fraction = min(0.99, event.elapsed / max(self.run.time_limit, 0.001))
        message = _("solving %(tier)s: best %(value)s, bound %(bound)s, %(seconds).1f s") % {
            "tier": tier_label(event.tier),
            "value": f"{event.value:g}",
            "bound": f"{event.bound:g}",
            "seconds": event.elapsed,
        }
        now = time.monotonic()
        save, self.saved = now - self.saved >= 0.5, now if now - self.saved >= 0.5 else self.saved
        _update(self.run, save=save, progress=round(fraction, 3), message=message[:300])


def failure_text(outcome: PlanOutcome) -> str:
    """Why a run produced no agenda, in the active language."""
    english = (get_language() or "es").startswith("en")
    if outcome.violations:
        lines = [v.en if english else v.es for v in outcome.violations[:10]]
        return _("The optimizer's agenda failed the checker: %(list)s") % {"list": "; ".join(lines)}
    if outcome.result.conflicts:
        return " ".join(m.en if english else m.es for m in outcome.result.conflicts)
    return _("No agenda was found within the time limit (%(status)s).") % {"status": outcome.result.status}


def execute_run(*, run_id: int) -> int | None:
    """The task body: plan or re-plan, store the draft, record the outcome on the run."""
    run = PlanningRun.objects.select_related("mission").get(pk=run_id)
    _update(run, status=RunStatus.RUNNING, progress=0.0, message=_("building the problem"))
    try:
        if run.kind == RunKind.REPLAN:
            outcome = replan_mission(
                mission=run.mission,
                changes=Changes.from_data(run.changes),
                time_limit=run.time_limit,
                progress=_Reporter(run),
                created_by=run.created_by,
            )
        else:
            outcome = plan_mission(
                mission=run.mission, time_limit=run.time_limit, progress=_Reporter(run), created_by=run.created_by
            )
    except Exception as error:
        _update(run, status=RunStatus.FAILED, error=str(error), message=_("failed"))
        raise
    if outcome.version is None:
        _update(run, status=RunStatus.FAILED, error=failure_text(outcome), message=_("no agenda"))
        return None
    _update(run, status=RunStatus.DONE, progress=1.0, version=outcome.version, message=_("done"))
    return outcome.version.number


def work_on(*, run: PlanningRun) -> bool:
    """Be the worker for ``run`` when its task is still waiting; False when another took it."""
    from django_tasks_db.management.commands.db_worker import Worker
    from django_tasks_db.models import DBTaskResult
    from django_tasks_db.utils import exclusive_transaction

    worker_id = get_random_string(32)
    with exclusive_transaction(DBTaskResult.objects.db):
        found = DBTaskResult.objects.ready().filter(id=run.task_id).select_for_update(skip_locked=True).first()
        if found is None:
            return False
        found.claim(worker_id)
    worker = Worker(
        queue_names=[found.queue_name],
        interval=0,
        batch=True,
        backend_name=found.backend_name,
        startup_delay=False,
        max_tasks=1,
        worker_id=worker_id,
        excluded_queue_names=[],
    )
    worker.run_task(found)
    return True


def wait_for(
    *, run: PlanningRun, on_update: Listener | None = None, poll: float = 0.5, timeout: float | None = None
) -> PlanningRun:
    """Follow ``run`` (carried out elsewhere) until it is done or failed, or ``timeout``
    seconds have passed (then the run is returned as it stands)."""
    seen = None
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        run.refresh_from_db()
        state = (run.status, run.progress, run.message)
        if state != seen and on_update is not None:
            on_update(run)
        seen = state
        if run.status in FINISHED or (deadline is not None and time.monotonic() >= deadline):
            return run
        time.sleep(poll)
