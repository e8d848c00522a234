"""Re-plan after a change, with the planning engine's repair rules: the published agenda
becomes ``previous``, confirmed meetings are pinned there and made mandatory
(``planning.repair.with_published``), and the ``changes`` tier is solved right after the
mandatory one (``planning.repair.REPAIR_ORDER``), so as little as possible moves.

The change itself is already recorded in the stored data (``changes.record_changes``), so
the problem is built afresh from the database rather than by ``planning.repair.apply_change``
on the published problem: that would add an added delegation twice, and would keep pins a
previous repair left on slots that are now closed.  Confirmed group sessions are pinned too.
"""

from __future__ import annotations

import dataclasses

from django.utils.translation import gettext as _

from convoy.agenda.models import AgendaVersion
from convoy.agenda.models.choices import Origin
from convoy.agenda.services.build_activities import Note
from convoy.agenda.services.build_problem import build_problem
from convoy.agenda.services.changes import Changes
from convoy.agenda.services.errors import AgendaError
from convoy.agenda.services.judge import stored_agenda
from convoy.agenda.services.lookup import published_version
from convoy.agenda.services.plan import PlanOutcome, solve_and_store
from convoy.agenda.services.solving import OnProgress
from convoy.missions.models import Mission
from convoy.planning import problem as p
from convoy.planning.config import Config
from convoy.planning.repair import REPAIR_ORDER, with_published


def _fits(*, problem: p.Problem, day: str, start: int, duration: int) -> bool:
    days = {d.id: d for leg in problem.legs for d in leg.days}
    found = days.get(day)
    return (
        found is not None
        and start + duration <= found.slots
        and not set(found.breaks) & set(range(start, start + duration))
    )


def with_previous(*, problem: p.Problem, published: AgendaVersion) -> tuple[p.Problem, tuple[Note, ...]]:
    """``problem`` with the published placements as ``previous`` and confirmed ones pinned;
    notes name the confirmed activities that cannot keep their time."""
    placements = stored_agenda(version=published).placements
    confirmed = set(published.placements.filter(confirmed=True).values_list("key", flat=True))
    kept = with_published(problem, placements, confirmed)
    at = {x.id: x for x in placements if x.id in confirmed}
    notes = [
        Note(m.id, _("confirmed activity %(id)s cannot keep its time") % {"id": m.id})
        for m in kept.meetings
        if m.id in at and m.pinned is None
    ]
    groups = []
    for g in kept.group_sessions:
        old = at.get(g.id)
        if old is not None and _fits(problem=kept, day=old.day, start=old.start, duration=g.duration):
            g = dataclasses.replace(g, pinned=p.SlotRef(day=old.day, slot=old.start))  # noqa: PLW2901
        elif old is not None:
            notes.append(Note(g.id, _("confirmed activity %(id)s cannot keep its time") % {"id": g.id}))
        groups.append(g)
    return dataclasses.replace(kept, group_sessions=tuple(groups)), tuple(notes)


def replan_mission(
    *,
    mission: Mission,
    changes: Changes,
    time_limit: float = 10.0,
    progress: OnProgress | None = None,
    created_by: str = "",
) -> PlanOutcome:
    """A new draft that absorbs ``changes`` (already recorded) and moves as little as possible."""
    published = published_version(mission=mission)
    if published is None:
        raise AgendaError(
            _("Mission %(slug)s has no published agenda to re-plan; publish one first.") % {"slug": mission.slug}
        )
    built = build_problem(mission=mission)
    problem, pin_notes = with_previous(problem=built.problem, published=published)
    return solve_and_store(
        mission=mission,
        problem=problem,
        config=Config(time_limit=time_limit, tier_order=REPAIR_ORDER),
        notes=built.notes + pin_notes,
        origin=Origin.REPAIR,
        progress=progress,
        created_by=created_by,
        note=_("Re-plan of version %(number)d: %(changes)s")
        % {"number": published.number, "changes": changes.describe()},
    )
