"""The words printed on the documents, in Spanish and English.

Renderers work without Django, so their labels live here in both languages; ``both``
prints Spanish first and English after a slash.
"""

from __future__ import annotations

from convoy.documents.data import Text

WORDS: dict[str, Text] = {
    "booklet": Text("Cuadernillo de la delegación", "Delegation booklet"),
    "counterpart_agenda": Text("Agenda de la contraparte", "Counterpart agenda"),
    "programme": Text("Programa de la misión", "Mission programme"),
    "run_sheet": Text("Hoja de operación", "Run sheet"),
    "mission": Text("Misión", "Mission"),
    "organizer": Text("Organiza", "Organizer"),
    "delegation": Text("Delegación", "Delegation"),
    "delegations": Text("Delegaciones", "Delegations"),
    "counterpart": Text("Contraparte", "Counterpart"),
    "counterparts": Text("Contrapartes", "Counterparts"),
    "itinerary": Text("Itinerario", "Itinerary"),
    "dates": Text("Fechas", "Dates"),
    "version": Text("Versión", "Version"),
    "issued": Text("Emitida", "Issued"),
    "draft": Text("BORRADOR — no publicada", "DRAFT — not published"),
    "time_zone": Text("Zona horaria", "Time zone"),
    "local_time": Text("Hora local", "Local time"),
    "mexico_time": Text("Hora de la Ciudad de México", "Mexico City time"),
    "cdmx": Text("CDMX", "Mexico City"),
    "venue": Text("Sede", "Venue"),
    "address": Text("Dirección", "Address"),
    "no_address": Text("dirección por confirmar", "address to be confirmed"),
    "no_venue": Text("sede por confirmar", "venue to be confirmed"),
    "attendees": Text("Asisten", "Attending"),
    "profile": Text("Perfil", "Profile"),
    "why": Text("Por qué esta reunión", "Why this meeting"),
    "match": Text("Afinidad encontrada", "Match found"),
    "notes": Text("Notas", "Notes"),
    "travel": Text("Traslado", "Travel"),
    "tight": Text("tiempo justo", "tight"),
    "travel_between_cities": Text("Traslado entre ciudades", "Travel between cities"),
    "contacts": Text("Contactos", "Contacts"),
    "name": Text("Nombre", "Name"),
    "organization": Text("Organización", "Organization"),
    "role": Text("Papel", "Role"),
    "phone": Text("Teléfono", "Phone"),
    "email": Text("Correo", "Email"),
    "time": Text("Hora", "Time"),
    "activity": Text("Actividad", "Activity"),
    "title": Text("Título", "Title"),
    "kind": Text("Tipo", "Kind"),
    "date": Text("Fecha", "Date"),
    "leg": Text("Etapa", "Leg"),
    "start": Text("Inicio", "Start"),
    "end": Text("Fin", "End"),
    "who": Text("Quién", "Who"),
    "where": Text("Dónde", "Where"),
    "gaps": Text("Tiempos libres", "Gaps"),
    "risks": Text("Riesgos", "Risks"),
    "no_risks": Text("Sin riesgos detectados.", "No risks found."),
    "no_gaps": Text("Sin tiempos libres de una hora o más.", "No gaps of an hour or more."),
    "free_day": Text("Sin actividades este día.", "No activities this day."),
    "everyone": Text("Todas las delegaciones", "All delegations"),
    "others": Text("delegaciones más", "other delegations"),
    "interpreter": Text("intérprete", "interpreter"),
    "code": Text("Código", "Code"),
    "reason": Text("Motivo", "Reason"),
    "duration": Text("Duración (minutos)", "Duration (minutes)"),
    "mexico_start": Text("Inicio (CDMX)", "Start (Mexico City)"),
    "mexico_end": Text("Fin (CDMX)", "End (Mexico City)"),
    "confirmation": Text("Confirmación", "Confirmation"),
}

KINDS: dict[str, Text] = {
    "plenary": Text("plenaria", "plenary"),
    "conference": Text("conferencia", "conference"),
    "group_session": Text("sesión de grupo", "group session"),
    "bilateral": Text("reunión bilateral", "bilateral meeting"),
    "site_visit": Text("visita", "site visit"),
    "networking": Text("networking", "networking"),
    "reception": Text("recepción", "reception"),
    "travel": Text("traslado", "travel"),
}

ROLES: dict[str, Text] = {
    "mayor": Text("presidencia municipal", "mayor"),
    "governor": Text("gubernatura", "governor"),
    "minister": Text("secretaría o ministerio", "minister or secretary"),
    "official": Text("funcionario", "official"),
    "executive": Text("directivo", "executive"),
    "business_delegate": Text("delegado empresarial", "business delegate"),
    "staff": Text("equipo", "staff"),
    "contact": Text("contacto", "contact"),
    "interpreter": Text("intérprete", "interpreter"),
    "other": Text("otro", "other"),
}

CONFIRMATIONS: dict[str, Text] = {
    "pending": Text("pendiente", "pending"),
    "tentative": Text("tentativa", "tentative"),
    "confirmed": Text("confirmada", "confirmed"),
    "declined": Text("declinada", "declined"),
}


def render(*, text: Text, language: str) -> str:
    """One language, or ``es / en`` for ``both`` (once when they are the same)."""
    if language != "both":
        return text.text(language)
    return text.es if text.es == text.en else f"{text.es} / {text.en}"


def say(key: str, *, language: str) -> str:
    return render(text=WORDS[key], language=language)


def kind_label(kind: str, *, language: str) -> str:
    return render(text=KINDS.get(kind, Text(kind, kind)), language=language)


def role_label(role: str, *, language: str) -> str:
    return render(text=ROLES.get(role, Text(role, role)), language=language)


def confirmation_label(value: str, *, language: str) -> str:
    return render(text=CONFIRMATIONS.get(value, Text(value, value)), language=language)
