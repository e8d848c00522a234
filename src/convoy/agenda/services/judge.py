"""Judge a stored version again: its placement rows, read back as a planning agenda, against
the problem it was solved for (the independent checker is the only judge of validity)."""

from __future__ import annotations

from convoy.agenda.models import AgendaVersion
from convoy.agenda.services import ids
from convoy.planning.check import CheckReport, check
from convoy.planning.problem import Problem
from convoy.planning.result import Agenda, Placement
from convoy.planning.serialize import from_data


def stored_problem(*, version: AgendaVersion) -> Problem:
    return from_data(Problem, version.problem)


def stored_agenda(*, version: AgendaVersion) -> Agenda:
    """The version's placement rows as the planning ``Agenda`` they were made from."""
    rows = version.placements.select_related("venue__leg").order_by("key")
    return Agenda(
        placements=tuple(
            Placement(
                id=row.key,
                kind=row.kind,
                participants=tuple(row.participants),
                day=row.day,
                start=row.start_slot or 0,
                duration=row.slots or 0,
                venue=ids.venue_id(leg_code=row.venue.leg.code, code=row.venue.code) if row.venue else None,
                tracks=tuple(row.tracks),
            )
            for row in rows
        )
    )


def judge_version(*, version: AgendaVersion) -> CheckReport:
    return check(stored_problem(version=version), stored_agenda(version=version))
