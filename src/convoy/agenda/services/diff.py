"""Compare two agenda versions: what was added, removed or moved, what changed for each
participant, and who must be told (members of affected delegations, counterparts' contacts).

A placement is identified by its problem id (``req:12``, ``act:opening``); it *moved* when
its date, times or venue differ.  For a participant, gaining or losing a seat in a group
session counts as added or removed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from convoy.agenda.models import AgendaVersion, Placement
from convoy.agenda.services import ids
from convoy.missions.models import Counterpart, Delegation


@dataclass(frozen=True)
class When:
    date: dt.date
    start: dt.time
    end: dt.time
    venue: str


@dataclass(frozen=True)
class Change:
    key: str
    title: str
    change: str  # added / removed / moved
    old: When | None
    new: When | None


@dataclass(frozen=True)
class ParticipantChanges:
    id: str
    name: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str
    organization: str


@dataclass(frozen=True)
class AgendaDiff:
    old: int
    new: int
    added: tuple[Change, ...]
    removed: tuple[Change, ...]
    moved: tuple[Change, ...]
    participants: tuple[ParticipantChanges, ...]
    notify: tuple[Recipient, ...]


@dataclass(frozen=True)
class _Row:
    key: str
    title: str
    when: When
    participants: tuple[str, ...]


def title_of(placement: Placement) -> str:
    if placement.request is not None:
        r = placement.request
        return f"{r.delegation.organization.name} — {r.counterpart.organization.name}"
    return placement.activity.title if placement.activity is not None else placement.key


def _rows(version: AgendaVersion) -> dict[str, _Row]:
    rows = version.placements.select_related(
        "venue", "activity", "request__delegation__organization", "request__counterpart__organization"
    )
    return {
        p.key: _Row(
            p.key, title_of(p), When(p.date, p.start, p.end, p.venue.name if p.venue else ""), tuple(p.participants)
        )
        for p in rows
    }


def _changes(old: dict[str, _Row], new: dict[str, _Row], keys: set[str]) -> tuple[Change, ...]:
    out = []
    for key in sorted(keys, key=lambda k: ((new.get(k) or old[k]).when.date, (new.get(k) or old[k]).when.start, k)):
        a, b = old.get(key), new.get(key)
        if a is None and b is not None:
            out.append(Change(key, b.title, "added", None, b.when))
        elif b is None and a is not None:
            out.append(Change(key, a.title, "removed", a.when, None))
        elif a is not None and b is not None and a.when != b.when:
            out.append(Change(key, b.title, "moved", a.when, b.when))
    return tuple(out)


def _names(version: AgendaVersion) -> dict[str, str]:
    mission = version.mission
    names = {
        ids.delegation_id(org_key=d.organization.key): d.organization.name
        for d in Delegation.objects.filter(mission=mission).select_related("organization")
    }
    names.update(
        {
            ids.counterpart_id(leg_code=c.leg.code, org_key=c.organization.key): c.organization.name
            for c in Counterpart.objects.filter(mission=mission).select_related("organization", "leg")
        }
    )
    return names


def _recipients(version: AgendaVersion, affected: set[str]) -> tuple[Recipient, ...]:
    out: dict[tuple[str, str], Recipient] = {}
    delegations = Delegation.objects.filter(mission=version.mission).select_related("organization")
    for d in delegations.prefetch_related("members"):
        if ids.delegation_id(org_key=d.organization.key) in affected:
            for person in d.members.all():
                out[(person.name, person.email)] = Recipient(person.name, person.email, d.organization.name)
    counterparts = Counterpart.objects.filter(mission=version.mission).select_related("organization", "leg", "contact")
    for c in counterparts:
        if ids.counterpart_id(leg_code=c.leg.code, org_key=c.organization.key) in affected and c.contact is not None:
            out[(c.contact.name, c.contact.email)] = Recipient(c.contact.name, c.contact.email, c.organization.name)
    return tuple(sorted(out.values(), key=lambda r: (r.organization, r.name)))


def diff_versions(*, old: AgendaVersion, new: AgendaVersion) -> AgendaDiff:
    before, after = _rows(old), _rows(new)
    every = _changes(before, after, set(before) | set(after))
    names = _names(new)
    people = sorted({w for row in (*before.values(), *after.values()) for w in row.participants})
    per = []
    for who in people:
        mine_old = {k: r for k, r in before.items() if who in r.participants}
        mine_new = {k: r for k, r in after.items() if who in r.participants}
        changes = _changes(mine_old, mine_new, set(mine_old) | set(mine_new))
        if changes:
            per.append(ParticipantChanges(who, names.get(who, who), changes))
    return AgendaDiff(
        old=old.number,
        new=new.number,
        added=tuple(c for c in every if c.change == "added"),
        removed=tuple(c for c in every if c.change == "removed"),
        moved=tuple(c for c in every if c.change == "moved"),
        participants=tuple(sorted(per, key=lambda p: (p.name, p.id))),
        notify=_recipients(new, {p.id for p in per}),
    )
