"""The activities of a planning problem: fixed activities, group sessions and meetings.

- A fixed activity blocks its delegations (when none is listed and it is public to the
  mission: every delegation attending its leg) and its host, over the slots its time
  touches (clipped to the day).
- A group session (kind ``group_session``, not fixed, with a host and seats) is placed by
  the optimizer; the interested are the delegations listed plus those with an accepted
  request to the host; it is pinned when the activity gives a date and a start.
- A meeting is an accepted meeting request: ``must`` → mandatory; weight = request
  priority weight × delegation priority weight; duration = ceil(minutes / slot).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from convoy.agenda.services import grid, ids
from convoy.agenda.services.build_people import weight_of
from convoy.agenda.services.build_time import Clock
from convoy.missions.models import Activity, Counterpart, Delegation, MeetingRequest
from convoy.missions.models.choices import Priority, RequestStatus
from convoy.planning import problem as p


@dataclass(frozen=True)
class Note:
    """Something of the mission left out of the problem, and why (already translated)."""

    key: str
    text: str


@dataclass(frozen=True)
class Context:
    """What every builder needs: clocks by leg code, delegations and counterparts taking part."""

    clocks: dict[str, Clock]
    delegations: dict[int, Delegation]
    counterparts: dict[int, Counterpart]

    def delegation_key(self, pk: int) -> str:
        return ids.delegation_id(org_key=self.delegations[pk].organization.key)

    def counterpart_key(self, pk: int) -> str:
        c = self.counterparts[pk]
        return ids.counterpart_id(leg_code=c.leg.code, org_key=c.organization.key)


def _venue(activity: Activity) -> str | None:
    v = activity.venue
    return ids.venue_id(leg_code=v.leg.code, code=v.code) if v is not None else None


def build_fixed(*, activity: Activity, ctx: Context) -> p.FixedActivity | Note:
    clock = ctx.clocks[activity.leg.code]
    day = clock.day(activity.date) if activity.date is not None else None
    assert activity.start is not None or day is None
    span = (
        grid.span_slots(
            day_start=clock.day_start,
            slot_minutes=clock.slot_minutes,
            slots=clock.slots,
            start=activity.start,
            minutes=activity.duration_minutes,
        )
        if day is not None and activity.start is not None
        else None
    )
    if day is None or span is None:
        return Note(
            ids.activity_id(code=activity.code),
            _("%(title)s: its time is outside the leg's days and hours") % {"title": activity.title},
        )
    listed = [d.pk for d in activity.delegations.all() if d.pk in ctx.delegations]
    if not listed and activity.public:
        listed = [pk for pk, d in ctx.delegations.items() if _attends(d, activity.leg_id)]
    attendees = sorted({ctx.delegation_key(pk) for pk in listed})
    if activity.host_id in ctx.counterparts:
        attendees.append(ctx.counterpart_key(activity.host_id))
    venue = _venue(activity) or _host_venue(activity, ctx)
    return p.FixedActivity(
        id=ids.activity_id(code=activity.code),
        name=activity.title,
        day=day,
        start=span[0],
        duration=span[1],
        attendees=tuple(attendees),
        venue=venue,
    )


def _attends(delegation: Delegation, leg_pk: int) -> bool:
    legs = [leg.pk for leg in delegation.legs.all()]
    return not legs or leg_pk in legs


def _host_venue(activity: Activity, ctx: Context) -> str | None:
    host = ctx.counterparts.get(activity.host_id) if activity.host_id is not None else None
    if host is None or host.venue is None:
        return None
    return ids.venue_id(leg_code=host.venue.leg.code, code=host.venue.code)


def build_group(*, activity: Activity, ctx: Context, requests: list[MeetingRequest]) -> p.GroupSession | Note:
    key = ids.activity_id(code=activity.code)
    if activity.host_id not in ctx.counterparts or not activity.seats:
        return Note(
            key, _("%(title)s: a group session to place needs a host taking part and seats") % {"title": activity.title}
        )
    weights = {pk: 1 for pk in (d.pk for d in activity.delegations.all()) if pk in ctx.delegations}
    for r in requests:
        if r.counterpart_id == activity.host_id and r.delegation_id in ctx.delegations:
            weights[r.delegation_id] = max(weights.get(r.delegation_id, 1), weight_of(r.priority))
    interested = sorted(
        (
            p.Interest(delegation=ctx.delegation_key(pk), weight=w * weight_of(ctx.delegations[pk].priority))
            for pk, w in weights.items()
        ),
        key=lambda i: i.delegation,
    )
    clock = ctx.clocks[activity.leg.code]
    pinned = None
    if activity.date is not None and activity.start is not None and clock.day(activity.date) is not None:
        span = grid.span_slots(
            day_start=clock.day_start,
            slot_minutes=clock.slot_minutes,
            slots=clock.slots,
            start=activity.start,
            minutes=activity.duration_minutes,
        )
        day = clock.day(activity.date)
        pinned = p.SlotRef(day=day, slot=span[0]) if span is not None and day is not None else None
    return p.GroupSession(
        id=key,
        host=ctx.counterpart_key(activity.host_id),
        seats=activity.seats,
        interested=tuple(interested),
        duration=grid.slots_for(minutes=activity.duration_minutes, slot_minutes=clock.slot_minutes),
        pinned=pinned,
        venue=_venue(activity),
    )


def accepted_requests(*, mission_pk: int, ctx: Context) -> tuple[list[p.Meeting], list[Note]]:
    """Meetings from ACCEPTED requests (a suggestion the matchmaker made and the organizer
    accepted arrives here too, as a request with source ``suggestion``)."""
    meetings, notes = [], []
    rows = MeetingRequest.objects.filter(mission_id=mission_pk, status=RequestStatus.ACCEPTED).order_by("pk")
    for r in rows:
        if r.counterpart_id not in ctx.counterparts:
            notes.append(Note(ids.request_id(pk=r.pk), _("request %(id)s: the counterpart declined") % {"id": r.pk}))
            continue
        clock = ctx.clocks[ctx.counterparts[r.counterpart_id].leg.code]
        meetings.append(
            p.Meeting(
                id=ids.request_id(pk=r.pk),
                participants=(ctx.delegation_key(r.delegation_id), ctx.counterpart_key(r.counterpart_id)),
                weight=weight_of(r.priority) * weight_of(ctx.delegations[r.delegation_id].priority),
                duration=grid.slots_for(minutes=r.duration_minutes, slot_minutes=clock.slot_minutes),
                mandatory=r.priority == Priority.MUST,
                session=r.session,
            )
        )
    return meetings, notes


# Where candidate meetings come from. The matchmaking app joins here with its own source
# (same signature) if accepted suggestions ever stop being stored as meeting requests.
MeetingSource = Callable[..., tuple[list[p.Meeting], list[Note]]]
MEETING_SOURCES: tuple[MeetingSource, ...] = (accepted_requests,)
