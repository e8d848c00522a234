"""Manual edits of a draft agenda: move one activity to another day, time or venue.

The independent checker (``convoy.planning.check``) judges the edited agenda at once; an
edit it accepts is stored as a new draft version (origin ``edit``), one it rejects is not
stored and its violations are shown."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from django.utils.translation import gettext as _

from convoy.agenda.models import AgendaVersion, Placement
from convoy.agenda.models.choices import Origin, PlacementKind, VersionStatus
from convoy.agenda.services import grid, ids
from convoy.agenda.services.judge import stored_agenda, stored_problem
from convoy.agenda.services.store import store_version
from convoy.missions.models import Venue
from convoy.planning import result as r
from convoy.planning.check import CheckReport, check
from convoy.planning.serialize import from_data


class EditError(Exception):
    """The edit cannot even be judged (not a draft, a time off the grid…)."""


@dataclass(frozen=True)
class Move:
    key: str
    date: dt.date
    start: dt.time
    venue: Venue | None


def _moved(*, version: AgendaVersion, move: Move) -> r.Agenda:
    row: Placement | None = version.placements.select_related("leg").filter(key=move.key).first()
    if row is None:
        raise EditError(_("Version %(number)d has no activity %(key)s.") % {"number": version.number, "key": move.key})
    if row.kind == PlacementKind.FIXED:
        raise EditError(_("%(key)s has a fixed time; change the activity itself.") % {"key": move.key})
    leg = row.leg
    offset = grid.minutes_of(move.start) - grid.minutes_of(leg.day_start)
    if offset < 0 or offset % leg.slot_minutes:
        raise EditError(
            _("Start at a slot of the leg: from %(start)s, every %(minutes)d minutes.")
            % {"start": f"{leg.day_start:%H:%M}", "minutes": leg.slot_minutes}
        )
    if move.venue is not None and move.venue.leg_id != leg.pk:
        raise EditError(_("The venue is not in this leg."))
    venue = ids.venue_id(leg_code=leg.code, code=move.venue.code) if move.venue is not None else None
    day = ids.day_id(leg_code=leg.code, date=move.date)
    agenda = stored_agenda(version=version)
    placements = tuple(
        dataclasses.replace(p, day=day, start=offset // leg.slot_minutes, venue=venue) if p.id == move.key else p
        for p in agenda.placements
    )
    return r.Agenda(placements=placements)


def check_move(*, version: AgendaVersion, move: Move) -> CheckReport:
    """What the checker says of ``version`` with ``move`` applied (nothing is stored)."""
    return check(stored_problem(version=version), _moved(version=version, move=move))


def apply_move(*, version: AgendaVersion, move: Move, created_by: str = "") -> tuple[AgendaVersion | None, CheckReport]:
    """A new draft with ``move`` applied when the checker accepts it; else (None, report)."""
    if version.status != VersionStatus.DRAFT:
        raise EditError(_("Only a draft can be edited; version %(number)d is not one.") % {"number": version.number})
    problem = stored_problem(version=version)
    agenda = _moved(version=version, move=move)
    report = check(problem, agenda)
    if not report.ok:
        return None, report
    result = dataclasses.replace(from_data(r.Result, version.result), placements=agenda.placements)
    stored = store_version(
        mission=version.mission,
        problem=problem,
        result=result,
        report=report,
        origin=Origin.EDIT,
        created_by=created_by,
        note=_("Edit of version %(number)d: %(key)s moved to %(date)s %(time)s")
        % {"number": version.number, "key": move.key, "date": move.date.isoformat(), "time": f"{move.start:%H:%M}"},
    )
    return stored, report
