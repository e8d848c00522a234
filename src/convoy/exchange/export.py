"""The canonical document of a stored mission (docs/reference/mission-document.md).

Keys in schema order, lists sorted by natural key, dates ``YYYY-MM-DD``, times ``HH:MM``,
decimals as strings with the model's decimal places: export → import into an empty
database → export gives the same text byte for byte.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db import models

from convoy.exchange.document import FORMAT, VERSION
from convoy.exchange.schema import MISSION, ORGANIZATION, Kind, Record
from convoy.missions import models as m

PREFETCH = (
    "axes", "objectives", "legs__breaks", "legs__venues",
    "delegations__organization", "delegations__legs", "delegations__members", "delegations__interests__axis",
    "counterparts__organization", "counterparts__leg", "counterparts__venue", "counterparts__contact",
    "counterparts__availability", "counterparts__interests__axis",
    "activities__leg", "activities__axis", "activities__venue", "activities__host__organization",
    "activities__delegations__organization",
    "requests__delegation__organization", "requests__counterpart__organization", "requests__counterpart__leg",
)  # fmt: skip


def export_mission(mission: m.Mission) -> dict[str, Any]:
    """The whole mission and the organizations it refers to, as a mission document."""
    mission = m.Mission.objects.select_related("organizer").prefetch_related(*PREFETCH).get(pk=mission.pk)
    return {
        "format": FORMAT,
        "version": VERSION,
        "organizations": export_list(ORGANIZATION, _organizations_of(mission)),
        "mission": export_record(MISSION, mission),
    }


def _organizations_of(mission: m.Mission) -> list[m.Organization]:
    """The organizer, every delegation and counterpart, and the organizations they belong to."""
    wanted = {mission.organizer}
    wanted |= {d.organization for d in mission.delegations.all()}  # type: ignore[attr-defined]
    wanted |= {c.organization for c in mission.counterparts.all()}  # type: ignore[attr-defined]
    pending = list(wanted)
    while pending:
        parent = pending.pop().parent
        if parent is not None and parent not in wanted:
            wanted.add(parent)
            pending.append(parent)
    return list(
        m.Organization.objects.filter(pk__in=[o.pk for o in wanted]).select_related("parent").prefetch_related("people")
    )


def export_list(record: Record, objects: Any) -> list[dict[str, Any]]:
    rows = [export_record(record, obj) for obj in objects]
    return sorted(rows, key=lambda row: tuple(row[name] for name in record.order))


def export_record(record: Record, obj: models.Model) -> dict[str, Any]:
    row = {field.name: _value(field.kind, obj, field.attr or field.name, field.places) for field in record.fields}
    for name, child in record.children:
        row[name] = export_list(child, _children(obj, name))
    return row


def _children(obj: models.Model, name: str) -> Any:
    if isinstance(obj, m.Leg) and name == "travel_times":
        return m.TravelTime.objects.filter(origin__leg=obj).select_related("origin", "destination")
    return getattr(obj, name).all()


def _value(kind: Kind, obj: models.Model, attr: str, places: int) -> Any:
    if isinstance(obj, m.MeetingRequest) and attr == "leg":
        return obj.counterpart.leg.code
    value = getattr(obj, attr)
    if kind is Kind.REFS:
        return sorted(natural_key(item) for item in value.all())
    if value is None:
        return None
    if kind is Kind.REF:
        return natural_key(value)
    if kind is Kind.DECIMAL:
        return str(Decimal(value).quantize(Decimal(1).scaleb(-places)))
    if kind is Kind.TIME:
        return value.strftime("%H:%M")
    if kind is Kind.DATE:
        return value.isoformat()
    if kind in {Kind.CHOICES, Kind.STRINGS, Kind.SCIAN, Kind.LANGUAGES}:
        return list(value)
    return value


def natural_key(obj: models.Model) -> str:
    """How the document names a referenced record."""
    if isinstance(obj, m.Organization):
        return str(obj.key)
    if isinstance(obj, m.Person):
        return str(obj.name)
    if isinstance(obj, m.Counterpart | m.Delegation):
        return str(obj.organization.key)
    return str(getattr(obj, "code"))  # noqa: B009  (legs, venues, axes)
