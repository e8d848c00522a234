"""Background tasks of the agenda app (django-tasks; the database queue of django-tasks-db)."""

from __future__ import annotations

from importlib.util import find_spec

if find_spec("django.tasks"):  # Django 6 ships the framework
    from django.tasks import task  # type: ignore[import-not-found,unused-ignore]
else:
    from django_tasks import task  # type: ignore[no-redef,unused-ignore]


@task()
def plan_run(run_id: int) -> int | None:
    """Carry out the planning run ``run_id``; returns the new version number (None: no agenda)."""
    from convoy.agenda.services.runs import execute_run

    return execute_run(run_id=run_id)
