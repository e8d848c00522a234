"""Meetings of a mission, as the report counts them.

When the mission has a published agenda, its meetings are that agenda's placements other
than travel: a bilateral meeting is the placement of a meeting request (axis and sector of
the request), a group session or fixed activity the placement of an activity (its axis, its
host's sector). Who took part is the placement's delegations; a public fixed activity whose
placement and record list none is for every delegation attending its leg. Accepted requests
the agenda does not place are counted apart, as left off.

Without a published agenda the meetings are what was agreed: every accepted meeting request
and every activity other than travel (an activity listing no delegations is for every
delegation attending its leg).
"""

from __future__ import annotations

from convoy.agenda.models import AgendaVersion, Placement
from convoy.agenda.models.choices import PlacementKind
from convoy.agenda.services.lookup import published_version
from convoy.missions.models import Activity, MeetingRequest, Mission
from convoy.missions.models.choices import ActivityKind, RequestStatus
from convoy.outcomes.services.traits import delegations_by_leg, request_axes, sector_of
from convoy.outcomes.values import Meeting, Meetings


def collect_meetings(*, mission: Mission) -> Meetings:
    version = published_version(mission=mission)
    if version is None:
        return Meetings(items=tuple(agreed_meetings(mission=mission)), agenda_version=None, left_off=0)
    placements = _placements(version=version)
    placed = {p.request_id for p in placements if p.request_id is not None}
    accepted = MeetingRequest.objects.filter(mission=mission, status=RequestStatus.ACCEPTED)
    return Meetings(
        items=tuple(placed_meetings(mission=mission, placements=placements)),
        agenda_version=version.number,
        left_off=accepted.exclude(pk__in=placed).count(),
    )


def _placements(*, version: AgendaVersion) -> list[Placement]:
    found = (
        Placement.objects.filter(version=version)
        .select_related("request__counterpart__organization", "activity__axis", "activity__host__organization")
        .prefetch_related("delegations", "activity__delegations")
        .order_by("date", "start", "key")
    )
    return [p for p in found if p.activity is None or p.activity.kind != ActivityKind.TRAVEL]


def placed_meetings(*, mission: Mission, placements: list[Placement]) -> list[Meeting]:
    """One meeting per placement (travel already left out), with the placement's delegations."""
    axis_of = request_axes(mission=mission)
    by_leg = delegations_by_leg(mission=mission)
    meetings = []
    for placement in placements:
        listed = tuple(sorted(d.pk for d in placement.delegations.all()))
        activity, request = placement.activity, placement.request
        if not listed and placement.kind == PlacementKind.FIXED and _open_to_the_leg(activity):
            listed = by_leg.get(placement.leg_id, ())
        if placement.kind == PlacementKind.MEETING:
            axis = axis_of(request) if request is not None else ""
            sector = sector_of(request.counterpart.organization.scian_codes) if request is not None else ""
            meetings.append(Meeting(source="request", axis=axis, sector=sector, delegations=listed))
        else:
            meetings.append(_activity_meeting(activity=activity, delegations=listed))
    return meetings


def _open_to_the_leg(activity: Activity | None) -> bool:
    return activity is not None and activity.public and not activity.delegations.all()


def _activity_meeting(*, activity: Activity | None, delegations: tuple[int, ...]) -> Meeting:
    if activity is None:
        return Meeting(source="activity", axis="", sector="", delegations=delegations)
    return Meeting(
        source="activity",
        axis=activity.axis.code if activity.axis else "",
        sector=sector_of(activity.host.organization.scian_codes if activity.host else []),
        delegations=delegations,
    )


def agreed_meetings(*, mission: Mission) -> list[Meeting]:
    """Every accepted request and every activity other than travel (the rule without an agenda)."""
    axis_of = request_axes(mission=mission)
    meetings = [
        Meeting(
            source="request",
            axis=axis_of(r),
            sector=sector_of(r.counterpart.organization.scian_codes),
            delegations=(r.delegation_id,),
        )
        for r in MeetingRequest.objects.filter(mission=mission, status=RequestStatus.ACCEPTED).select_related(
            "counterpart__organization"
        )
    ]
    by_leg = delegations_by_leg(mission=mission)
    activities = (
        Activity.objects.filter(mission=mission)
        .exclude(kind=ActivityKind.TRAVEL)
        .select_related("axis", "host__organization")
        .prefetch_related("delegations")
    )
    for activity in activities:
        listed = tuple(d.pk for d in activity.delegations.all()) or by_leg.get(activity.leg_id, ())
        meetings.append(_activity_meeting(activity=activity, delegations=listed))
    return meetings
