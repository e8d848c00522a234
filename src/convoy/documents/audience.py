"""Who a document is for, and which activities and people it may show them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from convoy.documents.data import Activity, Person, Programme

AudienceKind = Literal["mission", "delegation", "counterpart", "person"]


@dataclass(frozen=True)
class Audience:
    """The whole mission (organizer), one delegation, one counterpart or one person."""

    kind: AudienceKind
    key: str = ""


MISSION = Audience(kind="mission")


def attends(*, programme: Programme, activity: Activity, audience: Audience) -> bool:
    """Whether the audience takes part in the activity (the mission sees everything)."""
    if audience.kind == "mission":
        return True
    if audience.kind == "delegation":
        return _delegation_attends(programme=programme, activity=activity, delegation=audience.key)
    if audience.kind == "counterpart":
        return audience.key in activity.counterparts
    return _person_attends(programme=programme, activity=activity, person=audience.key)


def activities_for(*, programme: Programme, audience: Audience) -> tuple[Activity, ...]:
    """The audience's activities in time order."""
    chosen = (a for a in programme.activities if attends(programme=programme, activity=a, audience=audience))
    return tuple(sorted(chosen, key=lambda a: (a.start, a.end, a.key)))


def attendees_shown(*, programme: Programme, activity: Activity, audience: Audience) -> tuple[Person, ...]:
    """People named under an activity: never members of a delegation other than the audience's."""
    people = programme.people
    keys = list(activity.attendees)
    if activity.everyone and audience.kind == "delegation":
        keys += [p.key for p in _members(programme=programme, delegation=audience.key)]
    shown = [people[k] for k in dict.fromkeys(keys) if k in people]
    return tuple(p for p in shown if _may_see(programme=programme, person=p, audience=audience))


def other_delegations(*, programme: Programme, activity: Activity, audience: Audience) -> int:
    """How many delegations besides the audience's take part (named only to the organizer)."""
    own = audience.key
    if audience.kind == "person":
        person = programme.people.get(audience.key)
        own = person.organization if person is not None else ""
    return len([d for d in activity.delegations if d != own])


def _may_see(*, programme: Programme, person: Person, audience: Audience) -> bool:
    party = programme.party(person.organization)
    if audience.kind in ("mission", "counterpart") or party is None or party.side != "delegation":
        return True
    if audience.kind == "delegation":
        return person.organization == audience.key
    viewer = programme.people.get(audience.key)
    return viewer is not None and viewer.organization == person.organization


def _members(*, programme: Programme, delegation: str) -> tuple[Person, ...]:
    party = programme.party(delegation)
    return party.people if party is not None else ()


def _delegation_attends(*, programme: Programme, activity: Activity, delegation: str) -> bool:
    if delegation in activity.delegations:
        return True
    party = programme.party(delegation)
    if not activity.everyone or party is None or party.side != "delegation":
        return False
    return not party.legs or activity.leg in party.legs


def _person_attends(*, programme: Programme, activity: Activity, person: str) -> bool:
    if person in activity.attendees:
        return True
    who = programme.people.get(person)
    if who is None or not activity.everyone:
        return False
    return _delegation_attends(programme=programme, activity=activity, delegation=who.organization)
