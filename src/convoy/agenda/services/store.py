"""Store a checked planning result as an agenda version with its placements."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import Max

from convoy.agenda.models import AgendaVersion, Placement
from convoy.agenda.services import grid, ids
from convoy.agenda.services.build_time import clock_of
from convoy.missions.models import Activity, Counterpart, Delegation, Leg, MeetingRequest, Mission, Venue
from convoy.planning import result as r
from convoy.planning.check import CheckReport
from convoy.planning.problem import Problem
from convoy.planning.serialize import to_data


def verdict_of(report: CheckReport) -> dict[str, object]:
    return {"ok": report.ok, "violations": to_data(report.violations), "terms": to_data(report.terms)}


class _Lookup:
    """Stored objects of a mission by their problem ids."""

    def __init__(self, mission: Mission) -> None:
        self.legs = {leg.code: leg for leg in Leg.objects.filter(mission=mission)}
        self.clocks = {code: clock_of(leg=leg) for code, leg in self.legs.items()}
        self.venues = {
            ids.venue_id(leg_code=v.leg.code, code=v.code): v
            for v in Venue.objects.filter(leg__mission=mission).select_related("leg")
        }
        self.delegations = {
            ids.delegation_id(org_key=d.organization.key): d
            for d in Delegation.objects.filter(mission=mission).select_related("organization")
        }
        self.counterparts = {
            ids.counterpart_id(leg_code=c.leg.code, org_key=c.organization.key): c
            for c in Counterpart.objects.filter(mission=mission).select_related("organization", "leg")
        }
        self.requests = {ids.request_id(pk=q.pk): q for q in MeetingRequest.objects.filter(mission=mission)}
        self.activities = {ids.activity_id(code=a.code): a for a in Activity.objects.filter(mission=mission)}

    def times(self, p: r.Placement, leg_code: str) -> tuple[dt.time, dt.time]:
        activity = self.activities.get(p.id)
        if p.kind == "fixed" and activity is not None and activity.start is not None:
            start = grid.minutes_of(activity.start)
            return activity.start, grid.time_of(start + activity.duration_minutes)
        clock = self.clocks[leg_code]
        return clock.time_of(p.start), clock.time_of(p.start + p.duration)


def _row(*, version: AgendaVersion, p: r.Placement, look: _Lookup) -> Placement:
    leg_code, date = ids.parse_day(p.day)
    start, end = look.times(p, leg_code)
    return Placement(
        version=version,
        key=p.id,
        kind=p.kind,
        request=look.requests.get(p.id),
        activity=look.activities.get(p.id),
        leg=look.legs[leg_code],
        date=date,
        start=start,
        end=end,
        day=p.day,
        start_slot=p.start,
        slots=p.duration,
        venue=look.venues.get(p.venue) if p.venue is not None else None,
        participants=list(p.participants),
        tracks=list(p.tracks),
    )


@transaction.atomic
def store_version(
    *,
    mission: Mission,
    problem: Problem,
    result: r.Result,
    report: CheckReport,
    origin: str,
    created_by: str = "",
    note: str = "",
    left_out: list[dict[str, str]] | None = None,
) -> AgendaVersion:
    """A new draft version numbered after the mission's last one; ``report`` must be ok."""
    if not report.ok:
        raise ValueError("an agenda that fails the checker is never stored as valid")
    Mission.objects.select_for_update().filter(pk=mission.pk).first()
    last = AgendaVersion.objects.filter(mission=mission).aggregate(n=Max("number"))["n"] or 0
    version = AgendaVersion.objects.create(
        mission=mission,
        number=last + 1,
        origin=origin,
        created_by=created_by,
        note=note,
        left_out=left_out or [],
        problem=to_data(problem),
        result=to_data(result),
        verdict=verdict_of(report),
        objective=to_data(result.objective),
        statistics=dict(result.statistics),
        bound=result.bound,
        gap=result.gap,
        solver=result.solver,
        solver_version=result.solver_version,
    )
    look = _Lookup(mission)
    rows = Placement.objects.bulk_create([_row(version=version, p=p, look=look) for p in result.placements])
    for row in rows:
        row.delegations.set([look.delegations[w] for w in row.participants if w in look.delegations])
        row.counterparts.set([look.counterparts[w] for w in row.participants if w in look.counterparts])
    return version
