"""Store a valid mission document in one transaction, idempotently, on natural keys.

Records in the file are created or updated; children listed inside a parent are made to
match the file exactly, except people (organizations are shared between missions, so their
people are only added or updated). Nothing is written when the document has any issue.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db import models, transaction

from convoy.exchange.load_participants import Scope, Stored, load_participants
from convoy.exchange.nodes import Node
from convoy.exchange.upsert import Tally, plain_values, sync, upsert
from convoy.exchange.validate import Validation
from convoy.missions import models as m

SUMMARY_MODELS: tuple[type[models.Model], ...] = (
    m.Organization, m.Person, m.Mission, m.Axis, m.Objective, m.Leg, m.Break, m.Venue, m.TravelTime,
    m.Delegation, m.Counterpart, m.AvailabilityWindow, m.Interest, m.Activity, m.MeetingRequest,
)  # fmt: skip


@dataclass(frozen=True)
class LoadSummary:
    mission: str
    counts: tuple[tuple[type[models.Model], dict[str, int]], ...]

    @property
    def changed(self) -> bool:
        return any(c["created"] or c["updated"] or c["deleted"] for _model, c in self.counts)


def load_document(validation: Validation) -> LoadSummary:
    """Store a checked document (``validation.valid`` must be true) in one transaction."""
    if not validation.valid or validation.mission is None:
        raise ValueError("only a valid document can be stored")
    node, tally = validation.mission, Tally()
    with transaction.atomic():
        stored = Stored()
        load_organizations(list(validation.organizations), stored=stored, tally=tally)
        found = m.Mission.objects.filter(slug=node.values["slug"]).first()
        values = {**plain_values(node, skip=["slug"]), "organizer": stored.organizations[node.text("organizer")]}
        mission = upsert(m.Mission, lookup={"slug": node.values["slug"]}, values=values, tally=tally, found=found)
        fresh = found is None
        for name, model in (("axes", m.Axis), ("objectives", m.Objective), ("legs", m.Leg)):
            existing: Any = [] if fresh else model._default_manager.filter(mission=mission)
            rows = [
                ({"mission": mission, "code": n.text("code")}, plain_values(n, skip=["code"]))
                for n in node.children[name]
            ]
            kept = sync(model, existing=existing, rows=rows, tally=tally, remove=False)
            stored.by_code[name] = {getattr(obj, "code"): obj for obj in kept}  # noqa: B009
        for leg_node in node.children["legs"]:
            leg = stored.leg(leg_node.text("code"))
            load_leg_children(leg_node, leg=leg, stored=stored, tally=tally, fresh=fresh)
        load_participants(node, scope=Scope(mission=mission, fresh=fresh, stored=stored, tally=tally))
    return LoadSummary(mission=mission.slug, counts=tuple((model, tally.counts(model)) for model in SUMMARY_MODELS))


def load_organizations(nodes: list[Node], *, stored: Stored, tally: Tally) -> None:
    """Organizations (parents first) and their people, by key and by (key, name)."""
    parents = {n.text("key"): n.text("parent") for n in nodes if n.values["parent"]}

    def depth(key: str) -> int:
        return 1 + depth(parents[key]) if key in parents else 0

    keys = [n.text("key") for n in nodes]
    existing = {o.key: o for o in m.Organization.objects.filter(key__in=keys)}
    people: dict[object, list[m.Person]] = defaultdict(list)
    for person in m.Person.objects.filter(organization__in=existing.values()):
        people[getattr(person, "organization_id")].append(person)  # noqa: B009
    for node in sorted(nodes, key=lambda n: depth(n.text("key"))):
        key = node.text("key")
        values = {**plain_values(node, skip=["key"]), "parent": stored.organizations.get(parents.get(key, ""))}
        found = existing.get(key)
        org = upsert(m.Organization, lookup={"key": key}, values=values, tally=tally, found=found)
        stored.organizations[key] = org
        rows = [
            ({"organization": org, "name": p.text("name")}, plain_values(p, skip=["name"]))
            for p in node.children["people"]
        ]
        for person in sync(m.Person, existing=people[org.pk], rows=rows, tally=tally, remove=False):
            stored.people[(key, person.name)] = person


def load_leg_children(node: Node, *, leg: m.Leg, stored: Stored, tally: Tally, fresh: bool) -> None:
    """Breaks, venues and travel times of a leg, made to match the file."""
    rows = [
        ({"leg": leg, "start": b.values["start"]}, plain_values(b, skip=["start"])) for b in node.children["breaks"]
    ]
    sync(m.Break, existing=[] if fresh else leg.breaks.all(), rows=rows, tally=tally)  # type: ignore[attr-defined]
    rows = [({"leg": leg, "code": v.text("code")}, plain_values(v, skip=["code"])) for v in node.children["venues"]]
    venues = {v.code: v for v in sync(m.Venue, existing=[] if fresh else leg.venues.all(), rows=rows, tally=tally)}  # type: ignore[attr-defined]
    stored.venues.update({(leg.code, code): venue for code, venue in venues.items()})
    rows = [
        ({"origin": venues[t.text("from")], "destination": venues[t.text("to")]}, {"minutes": t.values["minutes"]})
        for t in node.children["travel_times"]
    ]
    existing = [] if fresh else m.TravelTime.objects.filter(origin__leg=leg)
    sync(m.TravelTime, existing=existing, rows=rows, tally=tally)
