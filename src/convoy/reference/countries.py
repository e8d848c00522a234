"""ISO 3166 countries and subdivisions with display names in Spanish and English.

Codes come from pycountry (ISO 3166-1 alpha-2 such as "US", ISO 3166-2 such as "US-CA") and
are matched exactly (upper case). Country names come from CLDR through babel
(``Locale("es").territories``); subdivision names from pycountry's ISO 3166-2 names and
their translations (``iso3166-2`` gettext domain), e.g. "US-NY" is "Nueva York" in Spanish.
"""

from __future__ import annotations

import gettext
from functools import cache

import pycountry
from babel import Locale

from convoy.reference.languages import LANGUAGES, check_language
from convoy.reference.text import normalize


@cache
def _country_names(lang: str) -> dict[str, str]:
    territories = Locale(lang).territories
    return {
        country.alpha_2: territories.get(country.alpha_2, country.name)
        for country in pycountry.countries
    }


@cache
def _subdivision_names() -> dict[str, str]:
    return {subdivision.code: subdivision.name for subdivision in pycountry.subdivisions}


@cache
def _subdivision_translation(lang: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def is_country(alpha2: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code in upper case ("MX", "JP")."""
    return alpha2 in _country_names(LANGUAGES[0])


def country_name(alpha2: str, *, lang: str) -> str | None:
    """Display name in ``lang``: ("US", "es") -> "Estados Unidos"; None for unknown codes."""
    return _country_names(check_language(lang)).get(alpha2)


def countries(*, lang: str) -> tuple[tuple[str, str], ...]:
    """(alpha-2, display name) for every country, sorted by name ignoring accents."""
    names = _country_names(check_language(lang))
    return tuple(sorted(names.items(), key=lambda pair: (normalize(pair[1]), pair[1])))


def is_subdivision(code: str) -> bool:
    """True for an ISO 3166-2 code in upper case ("US-CA", "MX-JAL", "JP-13")."""
    return code in _subdivision_names()


def subdivision_name(code: str, *, lang: str) -> str | None:
    """Display name in ``lang``: "US-CA" -> "California"; None for unknown codes."""
    name = _subdivision_names().get(code)
    if name is None:
        return None
    return _subdivision_translation(check_language(lang)).gettext(name)
