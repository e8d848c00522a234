"""IANA time-zone names, validated against the installed tz database (tzdata).

Canonical names and their backward-compatible links ("US/Pacific") are valid; tzdata's
placeholder "Factory" is not.
"""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones


@cache
def _names() -> frozenset[str]:
    return frozenset(available_timezones() - {"Factory"})


def is_time_zone(name: str) -> bool:
    """True for an IANA name such as "America/Mexico_City" or "Asia/Tokyo" (exact case)."""
    return name in _names()


def time_zones() -> tuple[str, ...]:
    """Every IANA time-zone name, sorted."""
    return tuple(sorted(_names()))
