"""The workbook: one sheet per entity, bilingual headers, and where each row goes in the document."""

from __future__ import annotations

from dataclasses import dataclass

from convoy.exchange import schema as s
from convoy.exchange.schema import Field, Kind, Record

INSTRUCTIONS = "Instrucciones"
YES, NO = "sí", "no"

LABELS: dict[str, tuple[str, str]] = {
    "key": ("Clave", "Key"),
    "name": ("Nombre", "Name"),
    "kind": ("Tipo", "Kind"),
    "country": ("País", "Country"),
    "subdivision": ("Subdivisión ISO 3166-2", "ISO 3166-2 subdivision"),
    "inegi_key": ("Clave INEGI", "INEGI key"),
    "scian_codes": ("Códigos SCIAN", "SCIAN codes"),
    "description": ("Descripción", "Description"),
    "description_language": ("Idioma de la descripción", "Description language"),
    "website": ("Sitio web", "Website"),
    "small": ("Pequeña", "Small"),
    "parent": ("Miembro de", "Member of"),
    "synthetic": ("Sintético", "Synthetic"),
    "provenance": ("Fuente", "Source"),
    "role": ("Papel", "Role"),
    "position": ("Cargo", "Position"),
    "email": ("Correo", "Email"),
    "phone": ("Teléfono", "Phone"),
    "languages": ("Idiomas", "Languages"),
    "slug": ("Identificador", "Identifier"),
    "title": ("Título", "Title"),
    "language": ("Idioma", "Language"),
    "summary": ("Resumen", "Summary"),
    "organizer": ("Organizador", "Organizer"),
    "status": ("Estado", "Status"),
    "start_date": ("Fecha de inicio", "Start date"),
    "end_date": ("Fecha de fin", "End date"),
    "code": ("Código", "Code"),
    "name_es": ("Nombre en español", "Spanish name"),
    "name_en": ("Nombre en inglés", "English name"),
    "order": ("Orden", "Order"),
    "metric": ("Métrica", "Metric"),
    "target": ("Meta", "Target"),
    "currency": ("Moneda", "Currency"),
    "horizon": ("Horizonte", "Horizon"),
    "city": ("Ciudad", "City"),
    "time_zone": ("Zona horaria", "Time zone"),
    "day_start": ("Inicio del día", "Day start"),
    "day_end": ("Fin del día", "Day end"),
    "afternoon_start": ("Inicio de la tarde", "Afternoon start"),
    "slot_minutes": ("Minutos por turno", "Slot minutes"),
    "start": ("Inicio", "Start"),
    "end": ("Fin", "End"),
    "address": ("Dirección", "Address"),
    "latitude": ("Latitud", "Latitude"),
    "longitude": ("Longitud", "Longitude"),
    "rooms": ("Mesas o salas", "Tables or rooms"),
    "from": ("Desde", "From"),
    "to": ("Hasta", "To"),
    "minutes": ("Minutos", "Minutes"),
    "organization": ("Organización", "Organization"),
    "legs": ("Etapas", "Legs"),
    "members": ("Integrantes", "Members"),
    "parallel_tracks": ("Agendas paralelas", "Parallel tracks"),
    "priority": ("Prioridad", "Priority"),
    "leg": ("Etapa", "Leg"),
    "venue": ("Sede", "Venue"),
    "contact": ("Contacto", "Contact"),
    "capacity": ("Capacidad", "Capacity"),
    "max_meetings_per_day": ("Máximo de reuniones por día", "Most meetings per day"),
    "formats": ("Formatos", "Formats"),
    "confirmation": ("Confirmación", "Confirmation"),
    "marquee": ("Muy solicitada", "Marquee"),
    "private_notes": ("Notas privadas", "Private notes"),
    "date": ("Fecha", "Date"),
    "direction": ("Necesidad u oferta", "Need or offer"),
    "axis": ("Eje", "Axis"),
    "text": ("Texto", "Text"),
    "host": ("Anfitrión", "Host"),
    "fixed": ("Fija", "Fixed"),
    "duration_minutes": ("Duración (minutos)", "Duration (minutes)"),
    "seats": ("Lugares", "Seats"),
    "public": ("Pública", "Public"),
    "delegations": ("Delegaciones", "Delegations"),
    "delegation": ("Delegación", "Delegation"),
    "counterpart": ("Contraparte", "Counterpart"),
    "source": ("Origen", "Source"),
    "reason": ("Motivo", "Reason"),
    "reason_language": ("Idioma del motivo", "Reason language"),
    "session": ("Sesión", "Session"),
}


@dataclass(frozen=True)
class Column:
    field: Field
    es: str
    en: str

    @property
    def header(self) -> str:
        return f"{self.es} / {self.en}"


@dataclass(frozen=True)
class Parent:
    """Where the rows of a child sheet go: under the row of ``sheet`` whose ``keys`` they repeat."""

    sheet: str
    keys: tuple[str, ...]
    child: str


@dataclass(frozen=True)
class Sheet:
    name: str
    en: str
    record: Record
    columns: tuple[Column, ...]
    list_path: tuple[str, ...] = ()  # where the rows live in the document, for top-level lists
    parents: tuple[Parent, ...] = ()  # or under a parent row: the one with most keys, all filled
    single: bool = False  # exactly one row (the mission)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.field.name == name), None)


def _column(field: Field, label: tuple[str, str] | None = None) -> Column:
    es, en = label or LABELS[field.name]
    return Column(field=field, es=es, en=en)


def _key(name: str, *, required: bool = True, label: tuple[str, str] | None = None) -> Column:
    return _column(Field(name=name, kind=Kind.REF, required=required), label)


def _sheet(name: str, en: str, record: Record, *, keys: tuple[Column, ...] = (), **options: object) -> Sheet:
    columns = keys + tuple(_column(field) for field in record.fields)
    return Sheet(name=name, en=en, record=record, columns=columns, **options)  # type: ignore[arg-type]


def _under(sheet: str, child: str, *keys: str) -> tuple[Parent, ...]:
    return (Parent(sheet=sheet, keys=keys, child=child),)


_INTEREST_LEG = _key("leg", required=False, label=("Etapa (solo contrapartes)", "Leg (counterparts only)"))

SHEETS: tuple[Sheet, ...] = (
    _sheet("Misión", "Mission", s.MISSION, list_path=("mission",), single=True),
    _sheet("Ejes", "Axes", s.AXIS, list_path=("mission", "axes")),
    _sheet("Objetivos", "Objectives", s.OBJECTIVE, list_path=("mission", "objectives")),
    _sheet("Etapas", "Legs", s.LEG, list_path=("mission", "legs")),
    _sheet("Pausas", "Breaks", s.BREAK, keys=(_key("leg"),), parents=_under("Etapas", "breaks", "code")),
    _sheet("Sedes", "Venues", s.VENUE, keys=(_key("leg"),), parents=_under("Etapas", "venues", "code")),
    _sheet(
        "Traslados",
        "Travel times",
        s.TRAVEL_TIME,
        keys=(_key("leg"),),
        parents=_under("Etapas", "travel_times", "code"),
    ),
    _sheet("Organizaciones", "Organizations", s.ORGANIZATION, list_path=("organizations",)),
    _sheet(
        "Personas", "People", s.PERSON, keys=(_key("organization"),), parents=_under("Organizaciones", "people", "key")
    ),
    _sheet("Delegaciones", "Delegations", s.DELEGATION, list_path=("mission", "delegations")),
    _sheet("Contrapartes", "Counterparts", s.COUNTERPART, list_path=("mission", "counterparts")),
    _sheet(
        "Disponibilidad",
        "Availability",
        s.AVAILABILITY,
        keys=(_key("organization"), _key("leg")),
        parents=_under("Contrapartes", "availability", "organization", "leg"),
    ),
    _sheet(
        "Intereses",
        "Interests",
        s.INTEREST,
        keys=(_key("organization"), _INTEREST_LEG),
        parents=(
            Parent(sheet="Delegaciones", keys=("organization",), child="interests"),
            Parent(sheet="Contrapartes", keys=("organization", "leg"), child="interests"),
        ),
    ),
    _sheet("Actividades", "Activities", s.ACTIVITY, list_path=("mission", "activities")),
    _sheet("Solicitudes", "Requests", s.REQUEST, list_path=("mission", "requests")),
)


def sheet_named(name: str) -> Sheet:
    return next(sheet for sheet in SHEETS if sheet.name == name)


def parent_key_columns(sheet: Sheet) -> tuple[Column, ...]:
    """The columns that place a child row under its parent (not fields of the record)."""
    fields = {f.name for f in sheet.record.fields}
    return tuple(c for c in sheet.columns if c.field.name not in fields)
