"""Validate a mission document completely: every error at once, each with its path.

First each record is checked field by field (:mod:`convoy.exchange.fields`), then the
rules that relate records to one another (:mod:`convoy.exchange.rules_organizations`,
:mod:`convoy.exchange.rules_mission`). The result carries the checked records, ready to
be stored, only when there is no issue at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from convoy.exchange.document import FORMAT, VERSION, Issue, Path
from convoy.exchange.fields import clean_field
from convoy.exchange.nodes import Node
from convoy.exchange.rules_mission import check_mission
from convoy.exchange.rules_organizations import check_organizations
from convoy.exchange.schema import MISSION, ORGANIZATION, Record

TOP_LEVEL = ("format", "version", "organizations", "mission")


@dataclass(frozen=True)
class Validation:
    issues: tuple[Issue, ...]
    organizations: tuple[Node, ...] = ()
    mission: Node | None = None

    @property
    def valid(self) -> bool:
        return not self.issues


def validate_document(document: object) -> Validation:
    """Check ``document`` (parsed JSON) against the format and every cross-record rule."""
    if not isinstance(document, dict):
        return Validation(issues=(Issue((), _("The document must be a JSON object.")),))
    issues = _check_header(document)
    organizations, found = check_list(ORGANIZATION, document.get("organizations"), ("organizations",))
    issues += found
    mission: Node | None = None
    if document.get("mission") is None:
        issues.append(Issue(("mission",), _("This field is required.")))
    else:
        mission, found = check_record(MISSION, document["mission"], ("mission",))
        issues += found
    issues += check_organizations(organizations)
    if mission is not None:
        issues += check_mission(mission, organizations=organizations)
    ordered = tuple(sorted(issues, key=_position_key(organizations, mission, issues)))
    if ordered:
        return Validation(issues=ordered)
    return Validation(issues=(), organizations=tuple(organizations), mission=mission)


def _check_header(document: dict[str, object]) -> list[Issue]:
    issues = [Issue((key,), _("Unknown field “%(name)s”.") % {"name": key}) for key in document if key not in TOP_LEVEL]
    if document.get("format") != FORMAT:
        issues.append(
            Issue(
                ("format",),
                _("This is not a Convoy mission document: “format” must be “%(format)s”.") % {"format": FORMAT},
            )
        )
    if document.get("version") != VERSION:
        issues.append(
            Issue(
                ("version",),
                _("Version “%(version)s” of the mission document is not supported (use %(supported)s).")
                % {"version": document.get("version"), "supported": VERSION},
            )
        )
    return issues


def check_list(record: Record, raw: object, path: Path) -> tuple[list[Node], list[Issue]]:
    """Check every record of a list; a missing list is empty."""
    if raw is None:
        return [], []
    if not isinstance(raw, list):
        return [], [Issue(path, _("This value must be a list."))]
    nodes, issues = [], []
    for index, item in enumerate(raw):
        node, found = check_record(record, item, (*path, index))
        issues += found
        if node is not None:
            nodes.append(node)
    return nodes, issues


def check_record(record: Record, raw: object, path: Path) -> tuple[Node | None, list[Issue]]:
    """Check the fields of one record and, recursively, its child lists."""
    if not isinstance(raw, dict):
        return None, [Issue(path, _("This value must be an object (a record with named fields)."))]
    known = {f.name for f in record.fields} | {name for name, _child in record.children}
    issues = [Issue((*path, key), _("Unknown field “%(name)s”.") % {"name": key}) for key in raw if key not in known]
    node = Node(record=record, path=path, values={})
    for field in record.fields:
        node.values[field.name], found = clean_field(record=record, field=field, raw=raw, path=path)
        issues += found
    for name, child in record.children:
        node.children[name], found = check_list(child, raw.get(name), (*path, name))
        issues += found
    return node, issues


def _position_key(organizations: list[Node], mission: Node | None, issues: list[Issue]):  # type: ignore[no-untyped-def]
    """Sort issues in document order: by record, then by field within the record, then as found."""
    order: dict[Path, tuple[int, list[str]]] = {}

    def visit(node: Node) -> None:
        order[node.path] = (len(order), [f.name for f in node.record.fields] + [n for n, _c in node.record.children])
        for children in node.children.values():
            for child in children:
                visit(child)

    for node in [*organizations, *([mission] if mission else [])]:
        visit(node)
    sequence = {id(issue): i for i, issue in enumerate(issues)}

    def key(issue: Issue) -> tuple[int, int, int]:
        for cut in range(len(issue.path), -1, -1):
            if issue.path[:cut] in order:
                ordinal, names = order[issue.path[:cut]]
                rest = issue.path[cut : cut + 1]
                field = names.index(rest[0]) if rest and rest[0] in names else -1
                return ordinal, field, sequence[id(issue)]
        return -1, -1, sequence[id(issue)]

    return key
