"""Checked records of a document: stored values by field, child lists, and their path."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from convoy.exchange.document import Issue, Path
from convoy.exchange.fields import INVALID
from convoy.exchange.schema import Record


@dataclass
class Node:
    """One record after field checks: ``values`` hold stored values (or INVALID)."""

    record: Record
    path: Path
    values: dict[str, object]
    children: dict[str, list[Node]] = field(default_factory=dict)

    def ok(self, *names: str) -> bool:
        """True when every named field is valid and given (not INVALID, not None)."""
        return all(self.values[name] is not INVALID and self.values[name] is not None for name in names)

    def strings(self, name: str) -> list[str]:
        """A valid list of texts, or an empty list."""
        value = self.values[name]
        return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []

    def text(self, name: str) -> str:
        value = self.values[name]
        return value if isinstance(value, str) else ""

    def at(self, name: str, *rest: str | int) -> Path:
        return (*self.path, name, *rest)


def show(value: object) -> str:
    """A value as written in the document: dates YYYY-MM-DD, times HH:MM."""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def index_unique(nodes: list[Node]) -> tuple[dict[tuple[object, ...], Node], list[Issue]]:
    """Nodes by their natural key (first one wins) and an issue for each repetition."""
    index: dict[tuple[object, ...], Node] = {}
    issues: list[Issue] = []
    for node in nodes:
        names = node.record.unique
        if not node.ok(*names):
            continue
        key = tuple(node.values[name] for name in names)
        if key in index:
            shown = " / ".join(show(part) for part in key)
            issues.append(
                Issue(node.at(names[-1]), _("“%(key)s” appears more than once in this list.") % {"key": shown})
            )
        else:
            index[key] = node
    return index, issues


def out_of_order(node: Node, first: str, second: str, *, strict: bool = True) -> bool:
    """True when both fields are valid and ``second`` is not after ``first`` (or before it)."""
    if not node.ok(first, second):
        return False
    a, b = node.values[first], node.values[second]
    return bool(b <= a if strict else b < a)  # type: ignore[operator]
