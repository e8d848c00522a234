"""Re-plan after a change: the published agenda becomes ``previous``, confirmed meetings are
pinned (and made mandatory) where their slot still exists, and the ``changes`` tier comes
right after the mandatory one, so as little as possible moves.

The planning engine exposes no separate ``repair`` entry point: repair is ``solve`` with
``Problem.previous`` set and ``Config.tier_order`` putting ``changes`` second.
"""

from __future__ import annotations

import dataclasses

from django.utils.translation import gettext as _

from convoy.agenda.models import AgendaVersion
from convoy.agenda.models.choices import Origin, PlacementKind
from convoy.agenda.services.build_activities import Note
from convoy.agenda.services.build_problem import build_problem
from convoy.agenda.services.changes import Changes
from convoy.agenda.services.errors import AgendaError
from convoy.agenda.services.lookup import published_version
from convoy.agenda.services.plan import PlanOutcome, solve_and_store
from convoy.agenda.services.solving import OnProgress
from convoy.missions.models import Mission
from convoy.planning import problem as p
from convoy.planning.config import Config

REPAIR_ORDER = ("mandatory", "changes", "value", "compactness")


def _fits(*, problem: p.Problem, day: str, start: int, duration: int) -> bool:
    days = {d.id: d for leg in problem.legs for d in leg.days}
    found = days.get(day)
    return (
        found is not None
        and start + duration <= found.slots
        and not set(found.breaks) & set(range(start, start + duration))
    )


def _pin(
    *, item: p.Meeting | p.GroupSession, pins: dict[str, tuple[str, int]], problem: p.Problem, notes: list[Note]
) -> p.SlotRef | None:
    """The confirmed slot ``item`` keeps (None: not confirmed, or its slot is gone)."""
    if item.id not in pins:
        return None
    day, start = pins[item.id]
    if not _fits(problem=problem, day=day, start=start, duration=item.duration):
        notes.append(Note(item.id, _("confirmed activity %(id)s cannot keep its time") % {"id": item.id}))
        return None
    return p.SlotRef(day=day, slot=start)


def with_previous(*, problem: p.Problem, published: AgendaVersion) -> tuple[p.Problem, tuple[Note, ...]]:
    """``problem`` with the published placements as ``previous``; confirmed meetings are
    pinned and made mandatory, confirmed group sessions pinned."""
    rows = list(published.placements.exclude(kind=PlacementKind.FIXED).order_by("key"))
    previous = tuple(p.PreviousPlacement(id=r.key, day=r.day, start=r.start_slot or 0) for r in rows)
    pins = {r.key: (r.day, r.start_slot or 0) for r in rows if r.confirmed}
    notes: list[Note] = []
    meetings = []
    for m in problem.meetings:
        slot = _pin(item=m, pins=pins, problem=problem, notes=notes)
        meetings.append(m if slot is None else dataclasses.replace(m, pinned=slot, mandatory=True))
    groups = []
    for g in problem.group_sessions:
        slot = _pin(item=g, pins=pins, problem=problem, notes=notes)
        groups.append(g if slot is None else dataclasses.replace(g, pinned=slot))
    kept = dataclasses.replace(problem, meetings=tuple(meetings), group_sessions=tuple(groups), previous=previous)
    return kept, tuple(notes)


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
