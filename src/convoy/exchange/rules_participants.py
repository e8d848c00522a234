"""Rules of who takes part: delegations, counterparts, activities and meeting requests."""

from __future__ import annotations

from django.utils.translation import gettext as _

from convoy.exchange.document import Issue
from convoy.exchange.nodes import Node, index_unique, out_of_order
from convoy.exchange.references import (
    Context,
    need_axis,
    need_counterpart,
    need_date_in_leg,
    need_delegation,
    need_leg,
    need_organization,
    need_person,
    need_venue,
)


def check_participants(context: Context) -> list[Issue]:
    mission = context.mission
    issues: list[Issue] = []
    for name, check in (
        ("delegations", check_delegation),
        ("counterparts", check_counterpart),
        ("activities", check_activity),
        ("requests", check_request),
    ):
        issues += index_unique(mission.children[name])[1]
        for node in mission.children[name]:
            issues += check(context, node)
    return issues


def _check_interests(context: Context, owner: Node) -> list[Issue]:
    interests = owner.children["interests"]
    issues = index_unique(interests)[1]
    for interest in interests:
        issues += need_axis(context, interest)
    return issues


def check_delegation(context: Context, node: Node) -> list[Issue]:
    issues: list[Issue] = []
    if node.ok("organization"):
        organization = node.text("organization")
        issues += need_organization(context, organization, node.at("organization"))
        for index, name in enumerate(node.strings("members")):
            issues += need_person(context, organization=organization, name=name, path=node.at("members", index))
    for index, code in enumerate(node.strings("legs")):
        issues += need_leg(context, code, node.at("legs", index))
    return issues + _check_interests(context, node)


def check_counterpart(context: Context, node: Node) -> list[Issue]:
    issues: list[Issue] = []
    if node.ok("organization"):
        issues += need_organization(context, node.text("organization"), node.at("organization"))
        if node.ok("contact"):
            issues += need_person(
                context, organization=node.text("organization"), name=node.text("contact"), path=node.at("contact")
            )
    if node.ok("leg"):
        leg = node.text("leg")
        issues += need_leg(context, leg, node.at("leg"))
        if node.ok("venue"):
            issues += need_venue(context, leg=leg, code=node.text("venue"), path=node.at("venue"))
        issues += _check_availability(context, node, leg=leg)
    return issues + _check_interests(context, node)


def _check_availability(context: Context, node: Node, *, leg: str) -> list[Issue]:
    windows = node.children["availability"]
    issues = index_unique(windows)[1]
    for window in windows:
        if out_of_order(window, "start", "end"):
            issues.append(Issue(window.at("end"), _("The end must be after the start.")))
        issues += need_date_in_leg(context, window, leg=leg)
    return issues


def check_activity(context: Context, node: Node) -> list[Issue]:
    issues = need_axis(context, node)
    if node.ok("leg"):
        leg = node.text("leg")
        issues += need_leg(context, leg, node.at("leg"))
        if node.ok("venue"):
            issues += need_venue(context, leg=leg, code=node.text("venue"), path=node.at("venue"))
        if node.ok("host"):
            issues += need_counterpart(context, organization=node.text("host"), leg=leg, path=node.at("host"))
        issues += need_date_in_leg(context, node, leg=leg)
    if node.values["fixed"] is True:
        for name in ("date", "start"):
            if node.values[name] is None:
                issues.append(Issue(node.at(name), _("A fixed activity needs a date and a start time.")))
    for index, key in enumerate(node.strings("delegations")):
        issues += need_delegation(context, key, node.at("delegations", index))
    return issues


def check_request(context: Context, node: Node) -> list[Issue]:
    issues: list[Issue] = []
    if node.ok("delegation"):
        issues += need_delegation(context, node.text("delegation"), node.at("delegation"))
    if node.ok("leg"):
        issues += need_leg(context, node.text("leg"), node.at("leg"))
        if node.ok("counterpart"):
            issues += need_counterpart(
                context, organization=node.text("counterpart"), leg=node.text("leg"), path=node.at("counterpart")
            )
    return issues
