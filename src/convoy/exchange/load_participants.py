"""Store who takes part in a mission: delegations, counterparts, activities, requests."""

from __future__ import annotations

from django.db import models

from convoy.exchange.nodes import Node
from convoy.exchange.upsert import Tally, plain_values, remove_others, set_related, upsert
from convoy.missions import models as m

OWN = ("organization", "leg")


def load_participants(
    mission: Node,
    *,
    stored: m.Mission,
    organizations: dict[str, m.Organization],
    axes: dict[str, m.Axis],
    legs: dict[str, m.Leg],
    venues: dict[tuple[str, str], m.Venue],
    tally: Tally,
) -> None:
    delegations: dict[str, m.Delegation] = {}
    for node in mission.children["delegations"]:
        organization = organizations[node.text("organization")]
        delegation = upsert(
            m.Delegation,
            lookup={"mission": stored, "organization": organization},
            values=plain_values(node, skip=OWN),
            tally=tally,
        )
        set_related(delegation, "legs", [legs[code] for code in node.strings("legs")], tally=tally)
        members = m.Person.objects.filter(organization=organization, name__in=node.values["members"])
        set_related(delegation, "members", members, tally=tally)
        load_interests(node, owner={"delegation": delegation}, axes=axes, tally=tally)
        delegations[organization.key] = delegation
    counterparts: dict[tuple[str, str], m.Counterpart] = {}
    for node in mission.children["counterparts"]:
        key = (node.text("organization"), node.text("leg"))
        counterparts[key] = load_counterpart(
            node,
            mission=stored,
            organization=organizations[key[0]],
            leg=legs[key[1]],
            venue=venues.get((key[1], node.text("venue"))),
            tally=tally,
        )
        load_interests(node, owner={"counterpart": counterparts[key]}, axes=axes, tally=tally)
    for node in mission.children["activities"]:
        leg = node.text("leg")
        activity = upsert(
            m.Activity,
            lookup={"mission": stored, "code": node.text("code")},
            values={
                **plain_values(node, skip=["code"]),
                "leg": legs[leg],
                "axis": axes.get(node.text("axis")),
                "venue": venues.get((leg, node.text("venue"))),
                "host": counterparts.get((node.text("host"), leg)),
            },
            tally=tally,
        )
        set_related(activity, "delegations", [delegations[k] for k in node.strings("delegations")], tally=tally)
    for node in mission.children["requests"]:
        upsert(
            m.MeetingRequest,
            lookup={
                "mission": stored,
                "delegation": delegations[node.text("delegation")],
                "counterpart": counterparts[(node.text("counterpart"), node.text("leg"))],
            },
            values=plain_values(node),
            tally=tally,
        )


def load_counterpart(
    node: Node,
    *,
    mission: m.Mission,
    organization: m.Organization,
    leg: m.Leg,
    venue: m.Venue | None,
    tally: Tally,
) -> m.Counterpart:
    contact = m.Person.objects.filter(organization=organization, name=node.text("contact")).first()
    counterpart = upsert(
        m.Counterpart,
        lookup={"mission": mission, "organization": organization, "leg": leg},
        values={**plain_values(node, skip=OWN), "venue": venue, "contact": contact if node.values["contact"] else None},
        tally=tally,
    )
    windows = [
        upsert(
            m.AvailabilityWindow,
            lookup={"counterpart": counterpart, "date": w.values["date"], "start": w.values["start"]},
            values={"end": w.values["end"]},
            tally=tally,
        )
        for w in node.children["availability"]
    ]
    remove_others(m.AvailabilityWindow.objects.filter(counterpart=counterpart), keep=windows, tally=tally)
    return counterpart


def load_interests(node: Node, *, owner: dict[str, models.Model], axes: dict[str, m.Axis], tally: Tally) -> None:
    """Interests of a delegation or counterpart, made to match the file on (direction, kind, text)."""
    kept = [
        upsert(
            m.Interest,
            lookup={**owner, "direction": i.values["direction"], "kind": i.values["kind"], "text": i.values["text"]},
            values={**plain_values(i, skip=["direction", "kind", "text"]), "axis": axes.get(i.text("axis"))},
            tally=tally,
        )
        for i in node.children["interests"]
    ]
    remove_others(m.Interest.objects.filter(**owner), keep=kept, tally=tally)
