"""Sector affinity through the SCIAN hierarchy: the deeper the shared code, the closer.

Two profiles share the longest prefix of their SCIAN codes that is itself a SCIAN code
(336 meets 3363 at subsector 336). The value depends on the level of that shared code:

| shared level          | digits | value |
| --------------------- | ------ | ----- |
| sector                | 2      | 0.3   |
| subsector             | 3      | 0.7   |
| rama (industry group) | 4      | 0.9   |
| subrama, clase        | 5, 6   | 1.0   |

The catalog is passed in (`SectorCatalog`): `convoy.reference.scian` by default
(`reference_catalog`), any object with the same two functions in tests.
"""

from __future__ import annotations

from typing import Protocol

from convoy.matching.messages import SCIAN_LEVELS, Message
from convoy.matching.model import Profile
from convoy.matching.parts import SILENT, PartName, ScorePart

LEVEL_VALUES: dict[int, float] = {2: 0.3, 3: 0.7, 4: 0.9, 5: 1.0, 6: 1.0}


class SectorEntry(Protocol):
    @property
    def code(self) -> str: ...

    def title(self, lang: str) -> str: ...


class SectorCatalog(Protocol):
    def sector(self, code: str) -> SectorEntry | None: ...

    def shared_prefix(self, a: str, b: str) -> str: ...


def reference_catalog() -> SectorCatalog:
    """The SCIAN catalog shipped with Convoy (2,178 codes, Spanish and English titles)."""
    from convoy.reference import scian

    return scian


def level(code: str) -> int:
    """Number of digits of a SCIAN code ("31-33" is a 2-digit sector)."""
    return len(code.split("-", maxsplit=1)[0])


def level_value(code: str) -> float:
    return LEVEL_VALUES.get(level(code), 0.0) if code else 0.0


def deepest_shared(*, a: tuple[str, ...], b: tuple[str, ...], catalog: SectorCatalog) -> str:
    """The deepest shared code over all pairs of codes; ties keep the first pair listed."""
    best = ""
    for code_a in a:
        for code_b in b:
            if code_a[:2] != code_b[:2]:
                continue  # no shared code shorter than a 2-digit sector: skip the lookup
            shared = catalog.shared_prefix(code_a, code_b)
            if level_value(shared) > level_value(best):
                best = shared
    return best


def score_sector(*, delegation: Profile, counterpart: Profile, catalog: SectorCatalog, weight: float) -> ScorePart:
    shared = deepest_shared(a=delegation.scian_codes, b=counterpart.scian_codes, catalog=catalog)
    value = level_value(shared)
    if value == 0.0:
        return ScorePart(name=PartName.SECTOR, value=0.0, weight=weight, explanation=SILENT)
    return ScorePart(
        name=PartName.SECTOR,
        value=value,
        weight=weight,
        explanation=explain_shared(code=shared, catalog=catalog),
    )


def explain_shared(*, code: str, catalog: SectorCatalog) -> Message:
    names = SCIAN_LEVELS[min(max(level(code), 2), 6)]
    entry = catalog.sector(code)
    title_es = f" ({lower_title(entry.title('es'))})" if entry else ""
    title_en = f" ({lower_title(entry.title('en'))})" if entry else ""
    return Message(
        es=f"comparten {names.es} {code}{title_es}",
        en=f"they share {names.en} {code}{title_en}",
    )


def lower_title(title: str) -> str:
    """Lower-case a catalog title for use mid-sentence, keeping acronyms (TIC, ICT)."""
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in title.split())
