"""Mission → ``planning.Problem``: everything the optimizer needs, read from stored data.

Ids in the problem map back to stored objects (see ``ids``).  What cannot go into the
problem (a declined counterpart's requests, a fixed activity outside the grid, a group
session without host or seats) is returned as notes, so the organizer sees it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch

from convoy.agenda.services.build_activities import MEETING_SOURCES, Context, Note, build_fixed, build_group
from convoy.agenda.services.build_people import build_counterpart, build_delegation, takes_part
from convoy.agenda.services.build_time import build_leg, build_venues, clock_of, closed_slots
from convoy.missions.models import Activity, Counterpart, Delegation, Leg, MeetingRequest, Mission
from convoy.missions.models.choices import ActivityKind, RequestStatus
from convoy.planning import problem as p


@dataclass(frozen=True)
class BuiltProblem:
    problem: p.Problem
    notes: tuple[Note, ...]


def _context(*, mission: Mission, legs: list[Leg]) -> Context:
    delegations = (
        Delegation.objects.filter(mission=mission)
        .select_related("organization")
        .prefetch_related("legs", "members")
        .order_by("organization__key")
    )
    counterparts = (
        Counterpart.objects.filter(mission=mission)
        .select_related("organization", "leg", "venue__leg")
        .prefetch_related("availability")
        .order_by("leg__order", "organization__key")
    )
    return Context(
        clocks={leg.code: clock_of(leg=leg) for leg in legs},
        delegations={d.pk: d for d in delegations},
        counterparts={c.pk: c for c in counterparts if takes_part(counterpart=c)},
    )


def build_problem(*, mission: Mission) -> BuiltProblem:
    """The planning problem of ``mission`` as stored now (no previous agenda)."""
    legs = list(Leg.objects.filter(mission=mission).prefetch_related("breaks").order_by("order", "start_date"))
    ctx = _context(mission=mission, legs=legs)
    closed = closed_slots(legs=legs)
    venues, travel = build_venues(legs=legs)
    activities = (
        Activity.objects.filter(mission=mission)
        .select_related("leg", "venue__leg")
        .prefetch_related(Prefetch("delegations", queryset=Delegation.objects.only("pk")))
        .order_by("code")
    )
    accepted = list(MeetingRequest.objects.filter(mission=mission, status=RequestStatus.ACCEPTED))
    notes: list[Note] = []
    fixed: list[p.FixedActivity] = []
    groups: list[p.GroupSession] = []
    for activity in activities:
        if activity.fixed:
            made = build_fixed(activity=activity, ctx=ctx)
            if isinstance(made, Note):
                notes.append(made)
            else:
                fixed.append(made)
        elif activity.kind == ActivityKind.GROUP_SESSION:
            group = build_group(activity=activity, ctx=ctx, requests=accepted)
            if isinstance(group, Note):
                notes.append(group)
            else:
                groups.append(group)
    meetings: list[p.Meeting] = []
    for source in MEETING_SOURCES:
        found, skipped = source(mission_pk=mission.pk, ctx=ctx)
        meetings += found
        notes += skipped
    problem = p.Problem(
        legs=tuple(build_leg(leg=leg, closed=closed.get(leg.code, {})) for leg in legs),
        venues=venues,
        travel=travel,
        delegations=tuple(build_delegation(delegation=d) for d in ctx.delegations.values()),
        counterparts=tuple(
            build_counterpart(counterpart=c, clock=ctx.clocks[c.leg.code]) for c in ctx.counterparts.values()
        ),
        fixed=tuple(fixed),
        group_sessions=tuple(groups),
        meetings=tuple(meetings),
        name=mission.slug,
    )
    return BuiltProblem(problem=problem, notes=tuple(notes))
