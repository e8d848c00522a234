"""SCIAN, Mexico's variant of NAICS: sectors, subsectors, ramas, subramas and classes.

Codes are digit strings of 2 (sector) to 6 (national class) digits, and the parent of a
code is the code minus its last digit ("3363" -> "336" -> "33"). SCIAN groups some sectors
into ranges, "31-33" (manufacturing) and "48-49" (transport and warehousing); as in INEGI's
data and DENUE, each two-digit code of a range is its own catalog entry ("31", "32" and
"33" all titled "Industrias manufactureras"), so ``ancestors("3363")`` is ``("33", "336",
"3363")``. :func:`sector_label` gives the range ("31-33") for display.

Titles are Spanish (INEGI); English titles come from NAICS 2022 where the NAICS code is the
same and means the same activity, plus a few written for Convoy (``data/PROVENANCE.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from convoy.reference._data import read_catalog
from convoy.reference.languages import check_language
from convoy.reference.text import normalize

RANGE_SECTORS = {"31-33": ("31", "32", "33"), "48-49": ("48", "49")}


@dataclass(frozen=True)
class Sector:
    code: str
    title_es: str
    title_en: str | None
    parent: str | None

    def title(self, lang: str) -> str:
        """The title in ``lang`` ("es" or "en"); English falls back to Spanish."""
        if check_language(lang) == "en" and self.title_en is not None:
            return self.title_en
        return self.title_es


@cache
def _sectors_by_code() -> dict[str, Sector]:
    rows = read_catalog("scian.json")
    return {
        code: Sector(code=code, title_es=es, title_en=en, parent=parent)
        for code, (es, en, parent) in rows.items()
    }


def sector(code: str) -> Sector | None:
    """The catalog entry for ``code`` ("336"), or None (also for a range such as "31-33")."""
    return _sectors_by_code().get(code)


def sectors() -> tuple[Sector, ...]:
    """Every SCIAN code, ordered by code (so each parent comes before its children)."""
    return tuple(_sectors_by_code().values())


def level(code: str) -> int:
    """Number of digits: 2 sector, 3 subsector, 4 rama, 5 subrama, 6 class.

    A range sector ("31-33") is level 2. ``ValueError`` for anything that is not a code.
    """
    if code in RANGE_SECTORS:
        return 2
    if code.isascii() and code.isdigit() and 2 <= len(code) <= 6:
        return len(code)
    raise ValueError(f"not a SCIAN code: {code!r}")


def sector_label(code: str) -> str:
    """The sector of a code as SCIAN prints it: "31-33" for "3363", "54" for "541110"."""
    for label, members in RANGE_SECTORS.items():
        if code[:2] in members:
            return label
    return code[:2]


def ancestors(code: str) -> tuple[str, ...]:
    """The catalog codes from the sector down to ``code`` itself: "3363" -> ("33", "336",
    "3363"). Prefixes that are not catalog codes are left out ("999" -> ())."""
    known = _sectors_by_code()
    return tuple(code[:size] for size in range(2, len(code) + 1) if code[:size] in known)


def shared_prefix(a: str, b: str) -> str:
    """Longest common prefix of two codes that is itself a catalog code, "" if none.

    ``shared_prefix("3363", "336110") == "336"``; ``shared_prefix("311", "336") == ""``.
    """
    size = 0
    while size < min(len(a), len(b)) and a[size] == b[size]:
        size += 1
    candidates = ancestors(a[:size])
    return candidates[-1] if candidates else ""


@cache
def _search_index(lang: str) -> tuple[tuple[Sector, str, tuple[str, ...]], ...]:
    entries = []
    for item in sectors():
        title = normalize(item.title(lang))
        entries.append((item, title, tuple(title.split())))
    return tuple(entries)


def search(text: str, *, lang: str = "es", limit: int = 20) -> tuple[Sector, ...]:
    """Codes whose title (in ``lang``) or code matches ``text``, for the sector picker.

    Digits search codes by prefix ("3363" -> 3363 and its children). Words search titles,
    ignoring case and accents: every typed word must begin a word of the title
    ("fabricacion automov" finds "Fabricación de automóviles y camionetas"). Exact titles
    come first, then titles that start with the text, then the rest; within each group,
    broader codes first, then by code. English titles fall back to Spanish.
    """
    query = normalize(text)
    if not query or limit <= 0:
        return ()
    if query.isdigit():
        found = [item for item in sectors() if item.code.startswith(query)]
        return tuple(sorted(found, key=lambda item: (len(item.code), item.code))[:limit])
    words = query.split()
    ranked = []
    for item, title, title_words in _search_index(check_language(lang)):
        if all(any(other.startswith(word) for other in title_words) for word in words):
            group = 0 if title == query else 1 if title.startswith(query) else 2
            ranked.append(((group, len(item.code), item.code), item))
    ranked.sort(key=lambda pair: pair[0])
    return tuple(item for _, item in ranked[:limit])
