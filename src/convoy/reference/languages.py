"""The two interface languages of the reference catalogs."""

from __future__ import annotations

LANGUAGES = ("es", "en")


def check_language(lang: str) -> str:
    """Return ``lang`` if it is one of :data:`LANGUAGES`; raise ``ValueError`` otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
    return lang
