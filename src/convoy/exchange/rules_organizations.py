"""Rules across organization records: unique keys, parents, INEGI keys with suggestions."""

from __future__ import annotations

from django.utils.translation import gettext as _

from convoy.exchange.document import Issue
from convoy.exchange.fields import INVALID
from convoy.exchange.nodes import Node, index_unique
from convoy.missions.models.choices import OrganizationKind
from convoy.missions.models.organization import inegi_errors
from convoy.reference import inegi


def check_organizations(organizations: list[Node]) -> list[Issue]:
    index, issues = index_unique(organizations)
    keys = {str(key[0]) for key in index}
    parents = _parents(organizations)
    for node in organizations:
        issues += check_parent(node, keys=keys, parents=parents)
        issues += check_inegi(node)
        issues += check_subdivision(node)
        issues += index_unique(node.children["people"])[1]
    return issues


def _parents(organizations: list[Node]) -> dict[str, str]:
    return {n.text("key"): n.text("parent") for n in organizations if n.ok("key", "parent")}


def check_parent(node: Node, *, keys: set[str], parents: dict[str, str]) -> list[Issue]:
    if not node.ok("key", "parent"):
        return []
    key, parent = node.text("key"), node.text("parent")
    if parent not in keys:
        return [Issue(node.at("parent"), _("There is no organization “%(key)s” in the document.") % {"key": parent})]
    if parent == key:
        return [Issue(node.at("parent"), _("An organization cannot be a member of itself."))]
    chain = [key]
    while parent in parents and parent not in chain:
        chain.append(parent)
        parent = parents[parent]
    if parent == key:
        return [
            Issue(
                node.at("parent"),
                _("The organizations %(keys)s are members of one another in a circle.") % {"keys": ", ".join(chain)},
            )
        ]
    return []


def check_subdivision(node: Node) -> list[Issue]:
    """An ISO 3166-2 subdivision starts with its country's code (MX-JAL is in MX)."""
    if not node.ok("country", "subdivision") or not node.text("subdivision"):
        return []
    if node.text("subdivision").split("-")[0] == node.text("country"):
        return []
    return [
        Issue(
            node.at("subdivision"),
            _("The subdivision “%(subdivision)s” is not in the country “%(country)s”.")
            % {"subdivision": node.text("subdivision"), "country": node.text("country")},
        )
    ]


def check_inegi(node: Node) -> list[Issue]:
    """The model's INEGI rule, plus suggestions by name for a municipality's key."""
    if not node.ok("kind", "country") or node.values["inegi_key"] is INVALID:
        return []
    subdivision = node.text("subdivision") if node.ok("subdivision") else ""
    errors = inegi_errors(
        kind=node.text("kind"), inegi_key=node.text("inegi_key"), country=node.text("country"), subdivision=subdivision
    )
    issues = []
    for name, message in errors.items():
        suggestion = ""
        if name == "inegi_key" and node.text("kind") == OrganizationKind.MUNICIPALITY:
            suggestion = _suggestions(node, state_key=_state_key(subdivision))
        issues.append(Issue(node.at(name), _join(message, suggestion)))
    if not errors and node.text("kind") == OrganizationKind.MUNICIPALITY:
        issues += _check_named_elsewhere(node)
    return issues


def _check_named_elsewhere(node: Node) -> list[Issue]:
    """A valid key of another municipality than the one named: Guadalajara with 14098."""
    given = inegi.municipality(node.text("inegi_key"))
    named = inegi.find_municipality(node.text("name"), state_key=given.state_key if given else None)
    if given is None or named is None or named.key == given.key:
        return []
    message = _("The INEGI key %(key)s belongs to %(found)s, not to %(name)s.") % {
        "key": given.key,
        "found": given.name,
        "name": node.text("name"),
    }
    return [Issue(node.at("inegi_key"), _join(message, _did_you_mean([named])))]


def _state_key(subdivision: str) -> str | None:
    state = inegi.state_by_iso(subdivision) if subdivision else None
    return state.key if state else None


def _suggestions(node: Node, *, state_key: str | None) -> str:
    if not node.ok("name"):
        return ""
    found = inegi.suggest_municipalities(node.text("name"), state_key=state_key)
    if not found and state_key is not None:
        found = inegi.suggest_municipalities(node.text("name"))
    return _did_you_mean(list(found))


def _did_you_mean(found: list[inegi.Municipality]) -> str:
    if not found:
        return ""
    names = ", ".join(f"{item.name} ({item.key})" for item in found)
    return _("Did you mean %(suggestions)s?") % {"suggestions": names}


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)
