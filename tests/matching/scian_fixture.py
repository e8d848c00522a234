"""A few real SCIAN entries (es/en) behind the `SectorCatalog` interface, for tests only.

It mirrors `convoy.reference.scian`'s API (`sector`, `shared_prefix`) so that the matching
tests do not depend on the full catalog; `test_reference_catalog` checks the real one too.
"""

from __future__ import annotations

from dataclasses import dataclass

ENTRIES: dict[str, tuple[str, str | None]] = {
    "33": ("Industrias manufactureras", "Manufacturing"),
    "334": (
        "Fabricación de equipo de computación, comunicación, medición y de otros equipos, "
        "componentes y accesorios electrónicos",
        "Computer and Electronic Product Manufacturing",
    ),
    "3344": (
        "Fabricación de componentes electrónicos",
        "Semiconductor and Other Electronic Component Manufacturing",
    ),
    "336": ("Fabricación de equipo de transporte", "Transportation Equipment Manufacturing"),
    "3361": ("Fabricación de automóviles y camiones", "Motor Vehicle Manufacturing"),
    "3363": (
        "Fabricación de partes para vehículos automotores",
        "Motor Vehicle Parts Manufacturing",
    ),
    "51": ("Información en medios masivos", "Information"),
    "512": (
        "Industria fílmica y del video, e industria del sonido",
        "Motion Picture and Sound Recording Industries",
    ),
    "5121": ("Industria fílmica y del video", "Motion Picture and Video Industries"),
    "54": (
        "Servicios profesionales, científicos y técnicos",
        "Professional, Scientific, and Technical Services",
    ),
    "541": (
        "Servicios profesionales, científicos y técnicos",
        "Professional, Scientific, and Technical Services",
    ),
    "5415": (
        "Servicios de diseño de sistemas de cómputo y servicios relacionados",
        "Computer Systems Design and Related Services",
    ),
    "72": (
        "Servicios de alojamiento temporal y de preparación de alimentos y bebidas",
        "Accommodation and Food Services",
    ),
    "721": ("Servicios de alojamiento temporal", "Accommodation"),
    "7211": ("Hoteles, moteles y similares", None),
}


@dataclass(frozen=True)
class Entry:
    code: str
    title_es: str
    title_en: str | None

    def title(self, lang: str) -> str:
        return self.title_en if lang == "en" and self.title_en else self.title_es


class FixtureCatalog:
    def sector(self, code: str) -> Entry | None:
        found = ENTRIES.get(code)
        return Entry(code, *found) if found else None

    def shared_prefix(self, a: str, b: str) -> str:
        best = ""
        for n in range(2, min(len(a), len(b)) + 1):
            if a[:n] == b[:n] and a[:n] in ENTRIES:
                best = a[:n]
        return best


CATALOG = FixtureCatalog()
