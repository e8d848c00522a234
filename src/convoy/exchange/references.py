"""What the records of a mission can refer to by natural key, and the checks of those references."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from convoy.exchange.document import Issue, Path
from convoy.exchange.nodes import Node, index_unique, show


@dataclass(frozen=True)
class Context:
    """What records of the document can refer to, by natural key."""

    mission: Node
    organizations: frozenset[str]
    people: dict[str, frozenset[str]]
    legs: dict[str, Node]
    venues: dict[str, frozenset[str]]
    axes: frozenset[str]
    delegations: frozenset[str]
    counterparts: frozenset[tuple[str, str]]


def _keys(index: dict[tuple[object, ...], Node]) -> frozenset[str]:
    return frozenset(str(key[0]) for key in index)


def build_context(mission: Node, *, organizations: list[Node]) -> Context:
    orgs = {n.text("key"): n for n in organizations if n.ok("key")}
    legs = {n.text("code"): n for n in mission.children["legs"] if n.ok("code")}
    return Context(
        mission=mission,
        organizations=frozenset(orgs),
        people={
            key: frozenset(p.text("name") for p in n.children["people"] if p.ok("name")) for key, n in orgs.items()
        },
        legs=legs,
        venues={
            code: frozenset(v.text("code") for v in n.children["venues"] if v.ok("code")) for code, n in legs.items()
        },
        axes=_keys(index_unique(mission.children["axes"])[0]),
        delegations=_keys(index_unique(mission.children["delegations"])[0]),
        counterparts=frozenset(
            (n.text("organization"), n.text("leg"))
            for n in mission.children["counterparts"]
            if n.ok("organization", "leg")
        ),
    )


def need_organization(context: Context, key: str, path: Path) -> list[Issue]:
    if key in context.organizations:
        return []
    return [Issue(path, _("There is no organization “%(key)s” in the document.") % {"key": key})]


def need_leg(context: Context, code: str, path: Path) -> list[Issue]:
    if code in context.legs:
        return []
    legs = ", ".join(sorted(context.legs)) or "—"
    return [
        Issue(
            path,
            _("The leg “%(key)s” is not on the mission's itinerary (legs: %(legs)s).") % {"key": code, "legs": legs},
        )
    ]


def need_venue(context: Context, *, leg: str, code: str, path: Path) -> list[Issue]:
    if leg not in context.legs or code in context.venues[leg]:
        return []
    return [Issue(path, _("There is no venue “%(key)s” in the leg “%(leg)s”.") % {"key": code, "leg": leg})]


def need_person(context: Context, *, organization: str, name: str, path: Path) -> list[Issue]:
    if organization not in context.people or name in context.people[organization]:
        return []
    return [
        Issue(
            path,
            _("“%(name)s” is not a person of the organization “%(organization)s”.")
            % {"name": name, "organization": organization},
        )
    ]


def need_axis(context: Context, node: Node) -> list[Issue]:
    if not node.ok("axis") or node.text("axis") in context.axes:
        return []
    axes = ", ".join(sorted(context.axes)) or "—"
    return [
        Issue(
            node.at("axis"),
            _("There is no axis “%(key)s” in the mission (axes: %(axes)s).") % {"key": node.text("axis"), "axes": axes},
        )
    ]


def need_delegation(context: Context, key: str, path: Path) -> list[Issue]:
    if key in context.delegations:
        return []
    return [Issue(path, _("“%(key)s” is not a delegation of the mission.") % {"key": key})]


def need_counterpart(context: Context, *, organization: str, leg: str, path: Path) -> list[Issue]:
    if leg not in context.legs or (organization, leg) in context.counterparts:
        return []
    return [
        Issue(
            path,
            _("“%(key)s” is not a counterpart of the mission in the leg “%(leg)s”.")
            % {"key": organization, "leg": leg},
        )
    ]


def need_date_in_leg(context: Context, node: Node, *, leg: str, name: str = "date") -> list[Issue]:
    """The date field of ``node`` falls within the dates of the leg (when both are known and ordered)."""
    stage = context.legs.get(leg)
    if stage is None or not node.ok(name) or not stage.ok("start_date", "end_date"):
        return []
    start, end, date = stage.values["start_date"], stage.values["end_date"], node.values[name]
    if start <= date <= end or end < start:  # type: ignore[operator]
        return []
    return [
        Issue(
            node.at(name),
            _("The date %(date)s is outside the dates of the leg “%(leg)s” (%(start)s to %(end)s).")
            % {"date": show(date), "leg": leg, "start": show(start), "end": show(end)},
        )
    ]
