"""Create or update rows on their natural keys, touching nothing that already matches.

A :class:`Tally` records, per model, which rows were created, updated, left unchanged or
deleted, so an import can say what it did (and a second import can say it did nothing).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.db import models

from convoy.exchange.nodes import Node
from convoy.exchange.schema import Kind

M = TypeVar("M", bound=models.Model)

OUTCOMES = ("created", "updated", "unchanged", "deleted")
_RANK = {"unchanged": 0, "updated": 1, "created": 2}


@dataclass
class Tally:
    rows: dict[tuple[type[models.Model], object], str] = field(default_factory=dict)
    deleted: Counter[type[models.Model]] = field(default_factory=Counter)

    def mark(self, obj: models.Model, outcome: str) -> None:
        """Record ``outcome`` for a row; a row updated after being created stays created."""
        key = (type(obj), obj.pk)
        if _RANK[outcome] >= _RANK.get(self.rows.get(key, "unchanged"), 0):
            self.rows[key] = outcome

    def counts(self, model: type[models.Model]) -> dict[str, int]:
        found = Counter(outcome for (kind, _pk), outcome in self.rows.items() if kind is model)
        return {outcome: found[outcome] if outcome != "deleted" else self.deleted[model] for outcome in OUTCOMES}


def _same(obj: models.Model, name: str, value: Any) -> bool:
    model_field = obj._meta.get_field(name)
    if isinstance(model_field, models.ForeignKey):
        return bool(getattr(obj, model_field.attname) == (value.pk if value is not None else None))
    return bool(getattr(obj, name) == value)


def upsert(model: type[M], *, lookup: dict[str, Any], values: dict[str, Any], tally: Tally) -> M:
    """The row with ``lookup``, created with ``values`` or updated to them when they differ."""
    obj = model._default_manager.filter(**lookup).order_by("pk").first()
    if obj is None:
        obj = model._default_manager.create(**lookup, **values)
        tally.mark(obj, "created")
        return obj
    changed = [name for name, value in values.items() if not _same(obj, name, value)]
    for name in changed:
        setattr(obj, name, values[name])
    if changed:
        obj.save(update_fields=changed)
    tally.mark(obj, "updated" if changed else "unchanged")
    return obj


def set_related(obj: models.Model, name: str, targets: Iterable[models.Model], *, tally: Tally) -> None:
    """Make a many-to-many relation hold exactly ``targets``; the owner counts as updated if it changes."""
    manager = getattr(obj, name)
    wanted = {target.pk for target in targets}
    if set(manager.values_list("pk", flat=True)) != wanted:
        manager.set(wanted)
        tally.mark(obj, "updated")


def remove_others(queryset: models.QuerySet[M], *, keep: Iterable[M], tally: Tally) -> None:
    """Delete the rows of ``queryset`` that are not in ``keep`` (children made to match a file)."""
    stale = queryset.exclude(pk__in=[obj.pk for obj in keep])
    count = stale.count()
    if count:
        stale.delete()
        tally.deleted[queryset.model] += count


def plain_values(node: Node, *, skip: Iterable[str] = ()) -> dict[str, Any]:
    """The stored values of a checked record's own fields (references excluded), by model attribute."""
    skipped = set(skip)
    return {
        f.attr: node.values[f.name]
        for f in node.record.fields
        if f.attr and f.kind not in {Kind.REF, Kind.REFS} and f.name not in skipped
    }
