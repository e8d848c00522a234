"""Build a :class:`~convoy.documents.data.Programme` from a stored mission and agenda version.

Keys are derived from the mission and the placed object, never from the version, so the
same meeting keeps its key (and its calendar UID) from one version to the next:
``<mission>/meeting/<leg>/<delegation>/<counterpart>`` for a meeting request and
``<mission>/activity/<code>`` for an activity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from zoneinfo import ZoneInfo

from django.utils.text import slugify

from convoy.agenda.models import AgendaVersion
from convoy.agenda.models import Placement as StoredPlacement
from convoy.documents import data as d
from convoy.missions import models as m

# The seam for the matchmaker's explanation of a meeting (stored suggestions do not exist
# yet): each explainer returns the explanation of a request in both languages, or None.
Explainer = Callable[[m.MeetingRequest], d.Text | None]
EXPLAINERS: tuple[Explainer, ...] = ()


def person_key(person: m.Person) -> str:
    return f"{person.organization.key}/{slugify(person.name) or person.pk}"


def collect_programme(*, version: AgendaVersion) -> d.Programme:
    """The programme of one stored agenda version, with names, venues, people and local times."""
    mission = version.mission
    placements = (
        StoredPlacement.objects.filter(version=version)
        .select_related("leg", "venue", "request__delegation__organization", "request__counterpart__organization")
        .select_related("activity")
        .prefetch_related("delegations__organization", "delegations__members__organization")
        .prefetch_related("counterparts__organization", "counterparts__contact__organization", "activity__delegations")
    )
    organizer = _party(org=mission.organizer, side="organizer")
    people = m.Person.objects.filter(organization=mission.organizer).select_related("organization")
    return d.Programme(
        mission=mission.slug,
        title=d.Written(mission.title, mission.language),
        organizer=replace(organizer, people=tuple(_person(p) for p in people)),
        start_date=mission.start_date,
        end_date=mission.end_date,
        legs=_legs(mission),
        parties=_parties(mission),
        activities=tuple(_activity(p, mission=mission) for p in placements),
        version=version.number,
        issued=version.published_at or version.created_at,
        status=version.status,
    )


def _legs(mission: m.Mission) -> tuple[d.Leg, ...]:
    venues = m.Venue.objects.filter(leg__mission=mission).select_related("leg").order_by("code")
    travel = m.TravelTime.objects.filter(origin__leg__mission=mission).select_related("origin__leg", "destination")
    legs = []
    legs_of_mission = m.Leg.objects.filter(mission=mission).prefetch_related("breaks").order_by("order", "start_date")
    for leg in legs_of_mission:
        legs.append(
            d.Leg(
                code=leg.code,
                city=leg.city,
                country=leg.country,
                time_zone=leg.time_zone,
                start_date=leg.start_date,
                end_date=leg.end_date,
                venues=tuple(d.Venue(v.code, v.name, v.address) for v in venues if v.leg.pk == leg.pk),
                travel=tuple(
                    d.TravelTime(t.origin.code, t.destination.code, t.minutes)
                    for t in travel
                    if t.origin.leg_id == leg.pk
                ),
                pauses=tuple(d.Pause(b.name, b.start, b.end) for b in leg.breaks.all()),
            )
        )
    return tuple(legs)


def _party(*, org: m.Organization, side: d.Side) -> d.Party:
    profile = d.Written(org.description, org.description_language) if org.description else None
    return d.Party(key=org.key, name=org.name, side=side, kind=org.kind, profile=profile)


def _person(person: m.Person) -> d.Person:
    return d.Person(
        key=person_key(person),
        name=person.name,
        organization=person.organization.key,
        role=person.role,
        position=person.position,
        phone=person.phone,
        email=person.email,
    )


def _parties(mission: m.Mission) -> tuple[d.Party, ...]:
    """Delegations (their members), then counterparts (all their organization's people), by key."""
    parties: dict[str, d.Party] = {}
    delegations = (
        m.Delegation.objects.filter(mission=mission)
        .select_related("organization")
        .prefetch_related("legs", "members__organization")
    )
    for delegation in delegations:
        parties[delegation.organization.key] = replace(
            _party(org=delegation.organization, side="delegation"),
            people=tuple(_person(p) for p in delegation.members.all()),
            legs=tuple(leg.code for leg in delegation.legs.all()),
            tracks=delegation.parallel_tracks,
        )
    counterparts = (
        m.Counterpart.objects.filter(mission=mission)
        .select_related("organization", "leg")
        .prefetch_related("organization__people__organization")
    )
    for counterpart in counterparts:
        key = counterpart.organization.key
        if key in parties and parties[key].side == "delegation":
            continue
        legs = (*parties[key].legs, counterpart.leg.code) if key in parties else (counterpart.leg.code,)
        parties[key] = replace(
            _party(org=counterpart.organization, side="counterpart"),
            people=tuple(_person(p) for p in counterpart.organization.people.all()),
            legs=legs,
            confirmation=counterpart.confirmation,
            tracks=counterpart.capacity,
        )
    return tuple(parties.values())


def _activity(placement: StoredPlacement, *, mission: m.Mission) -> d.Activity:
    zone = ZoneInfo(placement.leg.time_zone)
    delegations = list(placement.delegations.all())
    counterparts = list(placement.counterparts.all())
    stored = placement.activity
    everyone = bool(stored and stored.fixed and stored.public and not stored.delegations.all())
    attendees = [] if everyone else [person_key(p) for x in delegations for p in x.members.all()]
    attendees += [person_key(c.contact) for c in counterparts if c.contact is not None]
    venue = placement.venue
    base = d.Activity(
        key=f"{mission.slug}/{placement.key}",
        kind=placement.kind,
        title=d.Written(placement.key, mission.language),
        leg=placement.leg.code,
        start=dt.datetime.combine(placement.date, placement.start, tzinfo=zone),
        end=dt.datetime.combine(placement.date, placement.end, tzinfo=zone),
        venue=d.Venue(venue.code, venue.name, venue.address) if venue is not None else None,
        delegations=() if everyone else tuple(x.organization.key for x in delegations),
        counterparts=tuple(c.organization.key for c in counterparts),
        everyone=everyone,
        attendees=tuple(dict.fromkeys(attendees)),
    )
    request = placement.request
    if request is not None:
        delegation, counterpart = request.delegation.organization, request.counterpart.organization
        return replace(
            base,
            key=f"{mission.slug}/meeting/{placement.leg.code}/{delegation.key}/{counterpart.key}",
            kind="bilateral",
            title=d.Written(f"{delegation.name} — {counterpart.name}", mission.language),
            why=d.Written(request.reason, request.reason_language) if request.reason else None,
            explanation=_explain(request),
        )
    if stored is not None:
        return replace(
            base,
            key=f"{mission.slug}/activity/{stored.code}",
            kind=stored.kind,
            title=d.Written(stored.title, stored.language),
            description=d.Written(stored.description, stored.language) if stored.description else None,
        )
    return base


def _explain(request: m.MeetingRequest) -> d.Text | None:
    for explainer in EXPLAINERS:
        text = explainer(request)
        if text is not None:
            return text
    return None
