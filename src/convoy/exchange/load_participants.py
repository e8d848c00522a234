"""Store who takes part in a mission: delegations, counterparts, activities, requests."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db import models
from django.db.models import Q

from convoy.exchange.nodes import Node
from convoy.exchange.upsert import Tally, plain_values, set_related, sync
from convoy.missions import models as m

OWN = ("organization", "leg")
Row = tuple[dict[str, Any], dict[str, Any]]


@dataclass
class Stored:
    """Rows stored so far, by the natural keys the document uses to refer to them."""

    organizations: dict[str, m.Organization] = field(default_factory=dict)
    people: dict[tuple[str, str], m.Person] = field(default_factory=dict)
    by_code: dict[str, dict[str, Any]] = field(default_factory=dict)  # axes, objectives, legs
    venues: dict[tuple[str, str], m.Venue] = field(default_factory=dict)
    delegations: dict[str, m.Delegation] = field(default_factory=dict)
    counterparts: dict[tuple[str, str], m.Counterpart] = field(default_factory=dict)

    def axis(self, code: object) -> m.Axis | None:
        return self.by_code["axes"].get(code) if isinstance(code, str) else None

    def leg(self, code: str) -> m.Leg:
        return self.by_code["legs"][code]  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Scope:
    """The mission being loaded; ``fresh`` when it was just created (nothing stored to match)."""

    mission: m.Mission
    fresh: bool
    stored: Stored
    tally: Tally

    def existing(self, model: type[models.Model], *related: str) -> list[Any]:
        if self.fresh:
            return []
        return list(model._default_manager.filter(mission=self.mission).prefetch_related(*related))


def load_participants(node: Node, *, scope: Scope) -> None:
    interests = _stored_interests(scope)
    load_delegations(node, scope=scope, interests=interests)
    load_counterparts(node, scope=scope, interests=interests)
    load_activities(node, scope=scope)
    stored = scope.stored
    rows: list[Row] = [
        (
            {
                "mission": scope.mission, "delegation": stored.delegations[r.text("delegation")],
                "counterpart": stored.counterparts[(r.text("counterpart"), r.text("leg"))],
            },
            plain_values(r),
        )
        for r in node.children["requests"]
    ]  # fmt: skip
    existing = scope.existing(m.MeetingRequest)
    sync(m.MeetingRequest, existing=existing, rows=rows, tally=scope.tally, remove=False)


def load_delegations(node: Node, *, scope: Scope, interests: dict[tuple[str, int], list[m.Interest]]) -> None:
    stored, tally = scope.stored, scope.tally
    rows: list[Row] = [
        (
            {"mission": scope.mission, "organization": stored.organizations[d.text("organization")]},
            plain_values(d, skip=OWN),
        )
        for d in node.children["delegations"]
    ]
    kept = sync(
        m.Delegation, existing=scope.existing(m.Delegation, "legs", "members"), rows=rows, tally=tally, remove=False
    )
    for d, delegation in zip(node.children["delegations"], kept, strict=True):
        key = d.text("organization")
        set_related(delegation, "legs", [stored.leg(code) for code in d.strings("legs")], tally=tally)
        set_related(delegation, "members", [stored.people[(key, name)] for name in d.strings("members")], tally=tally)
        load_interests(d, owner={"delegation": delegation}, existing=interests[("d", delegation.pk)], scope=scope)
        stored.delegations[key] = delegation


def load_counterparts(node: Node, *, scope: Scope, interests: dict[tuple[str, int], list[m.Interest]]) -> None:
    stored, tally = scope.stored, scope.tally
    rows: list[Row] = []
    for c in node.children["counterparts"]:
        key, leg = c.text("organization"), c.text("leg")
        lookup = {"mission": scope.mission, "organization": stored.organizations[key], "leg": stored.leg(leg)}
        venue, contact = stored.venues.get((leg, c.text("venue"))), stored.people.get((key, c.text("contact")))
        rows.append((lookup, {**plain_values(c, skip=OWN), "venue": venue, "contact": contact}))
    windows: dict[object, list[m.AvailabilityWindow]] = defaultdict(list)
    for window in [] if scope.fresh else m.AvailabilityWindow.objects.filter(counterpart__mission=scope.mission):
        windows[getattr(window, "counterpart_id")].append(window)  # noqa: B009
    kept = sync(m.Counterpart, existing=scope.existing(m.Counterpart), rows=rows, tally=tally, remove=False)
    for c, counterpart in zip(node.children["counterparts"], kept, strict=True):
        times: list[Row] = [
            (
                {"counterpart": counterpart, "date": w.values["date"], "start": w.values["start"]},
                {"end": w.values["end"]},
            )
            for w in c.children["availability"]
        ]
        sync(m.AvailabilityWindow, existing=windows[counterpart.pk], rows=times, tally=tally)
        load_interests(c, owner={"counterpart": counterpart}, existing=interests[("c", counterpart.pk)], scope=scope)
        stored.counterparts[(c.text("organization"), c.text("leg"))] = counterpart


def load_activities(node: Node, *, scope: Scope) -> None:
    stored = scope.stored
    rows: list[Row] = []
    for a in node.children["activities"]:
        leg = a.text("leg")
        references = {
            "leg": stored.leg(leg), "axis": stored.axis(a.values["axis"]),
            "venue": stored.venues.get((leg, a.text("venue"))), "host": stored.counterparts.get((a.text("host"), leg)),
        }  # fmt: skip
        rows.append(
            ({"mission": scope.mission, "code": a.text("code")}, {**plain_values(a, skip=["code"]), **references})
        )
    existing = scope.existing(m.Activity, "delegations")
    kept = sync(m.Activity, existing=existing, rows=rows, tally=scope.tally, remove=False)
    for a, activity in zip(node.children["activities"], kept, strict=True):
        targets = [stored.delegations[k] for k in a.strings("delegations")]
        set_related(activity, "delegations", targets, tally=scope.tally)


def _stored_interests(scope: Scope) -> dict[tuple[str, int], list[m.Interest]]:
    """Stored interests of the mission's delegations ("d", id) and counterparts ("c", id)."""
    grouped: dict[tuple[str, int], list[m.Interest]] = defaultdict(list)
    if not scope.fresh:
        mission = scope.mission
        for interest in m.Interest.objects.filter(Q(delegation__mission=mission) | Q(counterpart__mission=mission)):
            delegation, counterpart = getattr(interest, "delegation_id"), getattr(interest, "counterpart_id")  # noqa: B009
            grouped[("d", delegation) if delegation else ("c", counterpart)].append(interest)
    return grouped


def load_interests(node: Node, *, owner: dict[str, models.Model], existing: list[m.Interest], scope: Scope) -> None:
    """Interests of a delegation or counterpart, made to match the file on (direction, kind, text)."""
    rows: list[Row] = [
        (
            {**owner, "direction": i.values["direction"], "kind": i.values["kind"], "text": i.values["text"]},
            {**plain_values(i, skip=["direction", "kind", "text"]), "axis": scope.stored.axis(i.values["axis"])},
        )
        for i in node.children["interests"]
    ]
    sync(m.Interest, existing=existing, rows=rows, tally=scope.tally)
