"""Store a valid mission document in one transaction, idempotently, on natural keys.

Records in the file are created or updated; children listed inside a parent (people are
only added or updated, since organizations are shared between missions) are made to match
the file exactly. Nothing is written when the document has any issue.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models, transaction

from convoy.exchange.load_participants import load_participants
from convoy.exchange.nodes import Node
from convoy.exchange.upsert import M, Tally, plain_values, remove_others, upsert
from convoy.exchange.validate import Validation
from convoy.missions import models as m

SUMMARY_MODELS: tuple[type[models.Model], ...] = (
    m.Organization,
    m.Person,
    m.Mission,
    m.Axis,
    m.Objective,
    m.Leg,
    m.Break,
    m.Venue,
    m.TravelTime,
    m.Delegation,
    m.Counterpart,
    m.AvailabilityWindow,
    m.Interest,
    m.Activity,
    m.MeetingRequest,
)


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
    tally = Tally()
    with transaction.atomic():
        organizations = load_organizations(list(validation.organizations), tally=tally)
        mission = validation.mission
        stored = upsert(
            m.Mission,
            lookup={"slug": mission.values["slug"]},
            values={**plain_values(mission, skip=["slug"]), "organizer": organizations[mission.text("organizer")]},
            tally=tally,
        )
        axes = _load_list(m.Axis, mission.children["axes"], parent={"mission": stored}, tally=tally)
        _load_list(m.Objective, mission.children["objectives"], parent={"mission": stored}, tally=tally)
        legs = _load_list(m.Leg, mission.children["legs"], parent={"mission": stored}, tally=tally)
        venues: dict[tuple[str, str], m.Venue] = {}
        for node in mission.children["legs"]:
            venues.update(load_leg_children(node, leg=legs[node.text("code")], tally=tally))
        load_participants(
            mission, stored=stored, organizations=organizations, axes=axes, legs=legs, venues=venues, tally=tally
        )
    return LoadSummary(mission=stored.slug, counts=tuple((model, tally.counts(model)) for model in SUMMARY_MODELS))


def load_organizations(nodes: list[Node], *, tally: Tally) -> dict[str, m.Organization]:
    """Organizations (parents first) and their people, by key."""
    parents = {n.text("key"): n.text("parent") for n in nodes if n.values["parent"]}

    def depth(key: str) -> int:
        return 1 + depth(parents[key]) if key in parents else 0

    stored: dict[str, m.Organization] = {}
    for node in sorted(nodes, key=lambda n: depth(n.text("key"))):
        key = node.text("key")
        parent = stored[parents[key]] if key in parents else None
        stored[key] = upsert(
            m.Organization,
            lookup={"key": key},
            values={**plain_values(node, skip=["key"]), "parent": parent},
            tally=tally,
        )
        for person in node.children["people"]:
            upsert(
                m.Person,
                lookup={"organization": stored[key], "name": person.text("name")},
                values=plain_values(person, skip=["name"]),
                tally=tally,
            )
    return stored


def _load_list(model: type[M], nodes: list[Node], *, parent: dict[str, models.Model], tally: Tally) -> dict[str, M]:
    """Records of a list keyed by their ``code``, created or updated under ``parent``."""
    stored = {}
    for node in nodes:
        code = node.text("code")
        stored[code] = upsert(
            model, lookup={**parent, "code": code}, values=plain_values(node, skip=["code"]), tally=tally
        )
    return stored


def load_leg_children(node: Node, *, leg: m.Leg, tally: Tally) -> dict[tuple[str, str], m.Venue]:
    """Breaks, venues and travel times of a leg, made to match the file; venues by (leg, code)."""
    breaks = [
        upsert(
            m.Break,
            lookup={"leg": leg, "start": b.values["start"]},
            values=plain_values(b, skip=["start"]),
            tally=tally,
        )
        for b in node.children["breaks"]
    ]
    remove_others(m.Break.objects.filter(leg=leg), keep=breaks, tally=tally)
    venues = _load_list(m.Venue, node.children["venues"], parent={"leg": leg}, tally=tally)
    remove_others(m.Venue.objects.filter(leg=leg), keep=list(venues.values()), tally=tally)
    travel = [
        upsert(
            m.TravelTime,
            lookup={"origin": venues[t.text("from")], "destination": venues[t.text("to")]},
            values={"minutes": t.values["minutes"]},
            tally=tally,
        )
        for t in node.children["travel_times"]
    ]
    remove_others(m.TravelTime.objects.filter(origin__leg=leg), keep=travel, tally=tally)
    return {(leg.code, code): venue for code, venue in venues.items()}
