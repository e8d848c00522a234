"""Bilingual texts of the matchmaker (Spanish and English side by side).

The pure engine cannot use gettext (that belongs to the Django side), so every sentence a
user may read is produced here in both languages.
"""

from __future__ import annotations

from dataclasses import dataclass

from convoy.matching.model import Kind, Language


@dataclass(frozen=True)
class Message:
    es: str
    en: str

    def text(self, language: Language | str) -> str:
        return self.es if str(language) == Language.ES else self.en


KIND_LABELS: dict[Kind, Message] = {
    Kind.INVESTMENT: Message("inversión", "investment"),
    Kind.TRADE: Message("comercio", "trade"),
    Kind.TECHNOLOGY: Message("tecnología", "technology"),
    Kind.TALENT_TRAINING: Message("talento y capacitación", "talent and training"),
    Kind.MOBILITY: Message("movilidad", "mobility"),
    Kind.SUPPLIER_DEVELOPMENT: Message("desarrollo de proveedores", "supplier development"),
    Kind.CO_PRODUCTION: Message("coproducción", "co-production"),
    Kind.TOURISM: Message("turismo", "tourism"),
    Kind.DIASPORA: Message("vinculación con la diáspora", "diaspora links"),
    Kind.SMART_CITY: Message("ciudad inteligente", "smart city"),
    Kind.HEALTH: Message("salud", "health"),
    Kind.COOPERATION: Message("cooperación entre ciudades", "city-to-city cooperation"),
}

AXIS_LABELS: dict[str, Message] = {
    "economic": Message("económico", "economic"),
    "communities": Message("comunidades", "communities"),
    "creative_industries": Message("industrias creativas", "creative industries"),
    "diplomacy": Message("diplomacia", "diplomacy"),
}

# Names of the SCIAN levels by code length (2 to 6 digits).
SCIAN_LEVELS: dict[int, Message] = {
    2: Message("el sector", "sector"),
    3: Message("el subsector", "subsector"),
    4: Message("la rama", "industry group"),
    5: Message("la subrama", "industry"),
    6: Message("la clase", "national industry"),
}


def kind_label(kind: Kind) -> Message:
    return KIND_LABELS[kind]


def axis_label(axis: str) -> Message:
    """Known axes get their names; a mission-specific axis is shown as written."""
    return AXIS_LABELS.get(axis, Message(axis, axis))


def join_clauses(*, clauses: list[Message], empty: Message) -> Message:
    """Join clauses with "; " and capitalise the first letter of each language."""
    if not clauses:
        return empty
    return Message(
        es=_capitalise("; ".join(c.es for c in clauses)),
        en=_capitalise("; ".join(c.en for c in clauses)),
    )


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


NO_AFFINITY = Message("Sin afinidad clara", "No clear affinity")

ENCODER_UNAVAILABLE = Message(
    es=(
        "El modelo de similitud de textos no pudo cargarse ({error}); la similitud de "
        "descripciones vale 0 para todos los pares."
    ),
    en=("The text-similarity model could not be loaded ({error}); description similarity is 0 for every pair."),
)


def encoder_warning(*, error: str) -> Message:
    return Message(
        es=ENCODER_UNAVAILABLE.es.format(error=error),
        en=ENCODER_UNAVAILABLE.en.format(error=error),
    )
