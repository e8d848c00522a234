"""Follow-up tasks that are late: per organizer (all its missions) and per delegation."""

from __future__ import annotations

import datetime as dt

from django.db.models import QuerySet

from convoy.missions.models import Delegation, Mission
from convoy.outcomes.models import FollowUp
from convoy.outcomes.values import LateGroup, LateTask


def overdue(*, today: dt.date) -> QuerySet[FollowUp]:
    """Open follow-ups whose due date has passed."""
    return (
        FollowUp.objects.filter(done__isnull=True, due__lt=today)
        .select_related("owner", "outcome__mission__organizer")
        .order_by("due", "id")
    )


def late_task(*, follow_up: FollowUp, today: dt.date) -> LateTask:
    return LateTask(
        task=follow_up.task,
        owner=follow_up.owner.name,
        owner_key=follow_up.owner.key,
        person=follow_up.person,
        due=follow_up.due,
        days_late=(today - follow_up.due).days,
        outcome=follow_up.outcome.title,
        mission=follow_up.outcome.mission.slug,
        synthetic=follow_up.synthetic,
    )


def overdue_by_organizer(*, today: dt.date) -> list[LateGroup]:
    """Every late task, grouped by the organizer of its mission."""
    groups: dict[str, tuple[str, list[LateTask]]] = {}
    for follow_up in overdue(today=today):
        organizer = follow_up.outcome.mission.organizer
        groups.setdefault(organizer.key, (organizer.name, []))[1].append(late_task(follow_up=follow_up, today=today))
    return [LateGroup(key=k, name=name, tasks=tuple(tasks)) for k, (name, tasks) in sorted(groups.items())]


def overdue_by_delegation(*, mission: Mission, today: dt.date) -> list[LateGroup]:
    """Late tasks of ``mission`` owned by one of its delegations, grouped by delegation."""
    delegations = Delegation.objects.filter(mission=mission).values_list("organization_id", flat=True)
    return _by_owner(overdue(today=today).filter(outcome__mission=mission, owner_id__in=delegations), today=today)


def overdue_in_mission(*, mission: Mission, today: dt.date) -> list[LateGroup]:
    """Every late task of ``mission``, grouped by its owner (organizer, delegation or other)."""
    return _by_owner(overdue(today=today).filter(outcome__mission=mission), today=today)


def _by_owner(follow_ups: QuerySet[FollowUp], *, today: dt.date) -> list[LateGroup]:
    groups: dict[str, tuple[str, list[LateTask]]] = {}
    for follow_up in follow_ups:
        owner = follow_up.owner
        groups.setdefault(owner.key, (owner.name, []))[1].append(late_task(follow_up=follow_up, today=today))
    return [LateGroup(key=k, name=name, tasks=tuple(tasks)) for k, (name, tasks) in sorted(groups.items())]
