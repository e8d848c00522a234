"""Create or update rows on their natural keys, touching nothing that already matches.

Rows already stored are read once per list (``sync``) and matched in memory by their
natural key, so a second import of the same file only reads. A :class:`Tally` records, per
model, which rows were created, updated, left unchanged or deleted.
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


def _stored(obj: models.Model, name: str) -> Any:
    """The value of a field as stored: the id for a foreign key."""
    model_field = obj._meta.get_field(name)
    return getattr(obj, model_field.attname if isinstance(model_field, models.ForeignKey) else name)


def _given(value: Any) -> Any:
    return value.pk if isinstance(value, models.Model) else value


def key_of(obj: models.Model, names: Iterable[str]) -> tuple[Any, ...]:
    return tuple(_stored(obj, name) for name in names)


def upsert(model: type[M], *, lookup: dict[str, Any], values: dict[str, Any], tally: Tally, found: M | None) -> M:
    """``found`` (the stored row with ``lookup``, or None) updated to ``values``, or a new row."""
    if found is None:
        obj = model._default_manager.create(**lookup, **values)
        tally.mark(obj, "created")
        return obj
    changed = [name for name, value in values.items() if _stored(found, name) != _given(value)]
    for name in changed:
        setattr(found, name, values[name])
    if changed:
        found.save(update_fields=changed)
    tally.mark(found, "updated" if changed else "unchanged")
    return found


def sync(
    model: type[M],
    *,
    existing: Iterable[M],
    rows: Iterable[tuple[dict[str, Any], dict[str, Any]]],
    tally: Tally,
    remove: bool = True,
) -> list[M]:
    """Upsert ``rows`` (lookup, values) against the ``existing`` rows; with ``remove``, delete the others."""
    rows = list(rows)
    everything = list(existing)
    names = list(rows[0][0]) if rows else []
    stored: dict[tuple[Any, ...], M] = {}
    for obj in everything:
        stored.setdefault(key_of(obj, names), obj)
    kept = [
        upsert(model, lookup=lookup, values=values, tally=tally, found=stored.get(tuple(map(_given, lookup.values()))))
        for lookup, values in rows
    ]
    if remove:
        keep = {obj.pk for obj in kept}
        stale = [obj.pk for obj in everything if obj.pk not in keep]
        if stale:
            model._default_manager.filter(pk__in=stale).delete()
            tally.deleted[model] += len(stale)
    return kept


def set_related(obj: models.Model, name: str, targets: Iterable[models.Model], *, tally: Tally) -> None:
    """Make a many-to-many relation hold exactly ``targets``; the owner counts as updated if it changes."""
    manager = getattr(obj, name)
    wanted = {target.pk for target in targets}
    if {item.pk for item in manager.all()} != wanted:
        manager.set(wanted)
        tally.mark(obj, "updated")


def plain_values(node: Node, *, skip: Iterable[str] = ()) -> dict[str, Any]:
    """The stored values of a checked record's own fields (references excluded), by model attribute."""
    skipped = set(skip)
    return {
        f.attr: node.values[f.name]
        for f in node.record.fields
        if f.attr and f.kind not in {Kind.REF, Kind.REFS} and f.name not in skipped
    }
