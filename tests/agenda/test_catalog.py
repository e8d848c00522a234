"""The Spanish catalog of the agenda app covers every message its code asks for, and the
compiled ``.mo`` says the same as the ``.po``."""

from __future__ import annotations

import gettext
from pathlib import Path

from babel.messages.extract import extract
from babel.messages.pofile import read_po

import convoy.agenda
import convoy.cli.agenda

APP = Path(convoy.agenda.__file__).parent
CATALOG = APP / "locale" / "es" / "LC_MESSAGES"
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "gettext_lazy": None}


def _msgids() -> set[str]:
    files = [f for f in APP.rglob("*.py") if "migrations" not in f.parts] + [Path(convoy.cli.agenda.__file__)]
    found: set[str] = set()
    for path in files:
        with path.open("rb") as handle:
            for _line, message, _comments, _context in extract("python", handle, keywords=KEYWORDS):
                found.add(message[0] if isinstance(message, tuple) else message)
    return found


def test_every_message_has_a_spanish_translation_and_none_is_stale() -> None:
    with (CATALOG / "django.po").open("rb") as handle:
        catalog = read_po(handle)
    translated = {m.id[0] if isinstance(m.id, tuple) else m.id: m.string for m in catalog if m.id}
    assert set(translated) == _msgids()
    assert all(translated.values())


def test_the_compiled_catalog_matches_the_source() -> None:
    with (CATALOG / "django.po").open("rb") as handle:
        catalog = read_po(handle)
    with (CATALOG / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for message in catalog:
        if message.id and not isinstance(message.id, tuple):
            assert compiled.gettext(message.id) == message.string
