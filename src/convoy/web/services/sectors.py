"""The sector picker: SCIAN codes whose title matches in Spanish or in English."""

from __future__ import annotations

from dataclasses import dataclass

from convoy.reference import scian


@dataclass(frozen=True)
class Choice:
    code: str
    title: str


def pick_sectors(*, text: str, language: str, limit: int = 15) -> tuple[Choice, ...]:
    """Matches in the user's language first, then those found only in the other one."""
    other = "en" if language == "es" else "es"
    found: dict[str, scian.Sector] = {}
    for lang in (language, other):
        for item in scian.search(text, lang=lang, limit=limit):
            found.setdefault(item.code, item)
    return tuple(Choice(code=s.code, title=s.title(language)) for s in list(found.values())[:limit])


def sector_titles(*, codes: list[str], language: str) -> tuple[Choice, ...]:
    out = []
    for code in codes:
        item = scian.sector(code)
        out.append(Choice(code=code, title=item.title(language) if item else code))
    return tuple(out)
