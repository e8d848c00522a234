"""The records of the mission document: their fields in file order, derived from the models.

Each field takes its kind, whether it is required, nullable, its default and its choices
from the model field it stores into, so the document and the database cannot drift apart.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from django.db import models

from convoy.missions import models as m
from convoy.missions.models.choices import Format


class Kind(enum.Enum):
    TEXT = "text"
    CODE = "code"  # ASCII slug [a-z0-9-]
    CHOICE = "choice"
    CHOICES = "choices"  # list of choices
    STRINGS = "strings"
    SCIAN = "scian"  # list of SCIAN codes
    LANGUAGES = "languages"  # list of ISO 639-1 codes
    INT = "int"
    BOOL = "bool"
    DATE = "date"
    TIME = "time"
    DECIMAL = "decimal"
    REF = "ref"  # natural key of another record
    REFS = "refs"  # list of natural keys


LIST_KINDS = frozenset({Kind.CHOICES, Kind.STRINGS, Kind.SCIAN, Kind.LANGUAGES, Kind.REFS})


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    attr: str | None = None  # model attribute it is stored in (None: not a model field)
    required: bool = False
    null: bool = False
    default: object = None
    choices: tuple[str, ...] = ()
    places: int = 0


@dataclass(frozen=True)
class Record:
    name: str
    model: type[models.Model]
    fields: tuple[Field, ...]
    children: tuple[tuple[str, Record], ...] = ()
    unique: tuple[str, ...] = ()  # natural key within its list (field names)
    order: tuple[str, ...] = ()  # canonical sort of its list in an export

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def _kind_of(field: models.Field) -> Kind:  # type: ignore[type-arg]
    if isinstance(field, models.ManyToManyField):
        return Kind.REFS
    if isinstance(field, models.ForeignKey):
        return Kind.REF
    if field.choices:
        return Kind.CHOICE
    for cls, kind in _KINDS:
        if isinstance(field, cls):
            return kind
    return Kind.TEXT


_KINDS = (
    (models.SlugField, Kind.CODE),
    (models.BooleanField, Kind.BOOL),
    (models.DecimalField, Kind.DECIMAL),
    (models.IntegerField, Kind.INT),
    (models.DateField, Kind.DATE),
    (models.TimeField, Kind.TIME),
    (models.JSONField, Kind.STRINGS),
)


def model_field(model: type[models.Model], name: str, *, attr: str | None = None) -> Field:
    """The document field ``name`` stored in ``model.<attr or name>``."""
    field = model._meta.get_field(attr or name)
    kind = _kind_of(field)  # type: ignore[arg-type]
    has_default = field.has_default()  # type: ignore[union-attr]
    default = field.get_default() if has_default else None  # type: ignore[union-attr]
    if isinstance(default, enum.Enum):
        default = default.value
    if default is None and not field.null and kind in {Kind.TEXT, Kind.CODE}:
        default = ""
    if kind is Kind.REFS:
        default = []
    optional = field.null or getattr(field, "blank", False) or has_default or kind is Kind.REFS
    return Field(
        name=name,
        kind=kind,
        attr=attr or name,
        required=not optional,
        null=bool(field.null),
        default=default,
        choices=tuple(str(value) for value, _label in (field.choices or ())),  # type: ignore[union-attr]
        places=getattr(field, "decimal_places", 0) or 0,
    )


def record(
    name: str, model: type[models.Model], names: str, *, extra: dict[str, Field] | None = None, **options: object
) -> Record:
    """A record whose fields are ``names`` (space separated), taken from ``model`` unless in ``extra``."""
    extra = extra or {}
    fields = tuple(extra[n] if n in extra else model_field(model, n) for n in names.split())
    return Record(name=name, model=model, fields=fields, **options)  # type: ignore[arg-type]


_PROVENANCE = "synthetic provenance"
_SCIAN = replace(model_field(m.Organization, "scian_codes"), kind=Kind.SCIAN)

PERSON = record(
    "person",
    m.Person,
    f"name role position email phone languages {_PROVENANCE}",
    extra={"languages": replace(model_field(m.Person, "languages"), kind=Kind.LANGUAGES)},
    unique=("name",),
    order=("name",),
)
ORGANIZATION = record(
    "organization",
    m.Organization,
    f"key name kind country subdivision inegi_key scian_codes description description_language website small parent "
    f"{_PROVENANCE}",
    extra={"scian_codes": _SCIAN},
    children=(("people", PERSON),),
    unique=("key",),
    order=("key",),
)
AXIS = record("axis", m.Axis, "code name_es name_en order", unique=("code",), order=("code",))
OBJECTIVE = record(
    "objective",
    m.Objective,
    f"code description metric target currency horizon {_PROVENANCE}",
    unique=("code",),
    order=("code",),
)
BREAK = record("break", m.Break, "name start end", unique=("start",), order=("start",))
VENUE = record(
    "venue", m.Venue, f"code name address latitude longitude rooms {_PROVENANCE}", unique=("code",), order=("code",)
)
TRAVEL_TIME = record(
    "travel_time",
    m.TravelTime,
    "from to minutes",
    extra={
        "from": model_field(m.TravelTime, "from", attr="origin"),
        "to": model_field(m.TravelTime, "to", attr="destination"),
    },
    unique=("from", "to"),
    order=("from", "to"),
)
LEG = record(
    "leg",
    m.Leg,
    "code order city country subdivision time_zone start_date end_date day_start day_end afternoon_start "
    f"slot_minutes {_PROVENANCE}",
    children=(("breaks", BREAK), ("venues", VENUE), ("travel_times", TRAVEL_TIME)),
    unique=("code",),
    order=("code",),
)
INTEREST = record(
    "interest",
    m.Interest,
    "direction kind axis scian_codes text language",
    extra={"scian_codes": _SCIAN},
    unique=("direction", "kind", "text"),
    order=("direction", "kind", "text"),
)
DELEGATION = record(
    "delegation",
    m.Delegation,
    f"organization legs members parallel_tracks priority {_PROVENANCE}",
    children=(("interests", INTEREST),),
    unique=("organization",),
    order=("organization",),
)
AVAILABILITY = record(
    "availability", m.AvailabilityWindow, "date start end", unique=("date", "start"), order=("date", "start")
)
COUNTERPART = record(
    "counterpart",
    m.Counterpart,
    "organization leg venue contact capacity max_meetings_per_day formats confirmation marquee private_notes "
    f"{_PROVENANCE}",
    extra={"formats": replace(model_field(m.Counterpart, "formats"), kind=Kind.CHOICES, choices=tuple(Format.values))},
    children=(("availability", AVAILABILITY), ("interests", INTEREST)),
    unique=("organization", "leg"),
    order=("organization", "leg"),
)
ACTIVITY = record(
    "activity",
    m.Activity,
    "code leg kind title language axis venue host fixed date start duration_minutes seats public delegations "
    f"description {_PROVENANCE}",
    unique=("code",),
    order=("code",),
)
REQUEST = record(
    "request",
    m.MeetingRequest,
    f"delegation counterpart leg source priority status reason reason_language duration_minutes session {_PROVENANCE}",
    extra={"leg": Field(name="leg", kind=Kind.REF, required=True)},
    unique=("delegation", "counterpart", "leg"),
    order=("delegation", "counterpart", "leg"),
)
MISSION = record(
    "mission",
    m.Mission,
    f"slug title language summary organizer status start_date end_date {_PROVENANCE}",
    children=(
        ("axes", AXIS),
        ("objectives", OBJECTIVE),
        ("legs", LEG),
        ("delegations", DELEGATION),
        ("counterparts", COUNTERPART),
        ("activities", ACTIVITY),
        ("requests", REQUEST),
    ),
)
