"""The web's Spanish and English catalogs are complete and their compiled files are current."""

from __future__ import annotations

import gettext
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import convoy.web

LOCALE = Path(convoy.web.__file__).parent / "locale"


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_message_is_translated_and_compiled(language: str) -> None:
    folder = LOCALE / language / "LC_MESSAGES"
    with (folder / "django.po").open("rb") as handle:
        catalog = read_po(handle, locale=language)
    messages = [m for m in catalog if m.id]
    untranslated = [m.id for m in messages if not (m.string if isinstance(m.string, str) else all(m.string[:2]))]
    assert untranslated == []
    with (folder / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    singular = [m for m in messages if isinstance(m.id, str)]
    assert [compiled.gettext(m.id) for m in singular] == [m.string for m in singular]
    assert len(messages) > 250


def test_spanish_texts_differ_from_the_english_msgids() -> None:
    with (LOCALE / "es" / "LC_MESSAGES" / "django.po").open("rb") as handle:
        catalog = read_po(handle, locale="es")
    same = [m.id for m in catalog if m.id and isinstance(m.id, str) and m.string == m.id]
    assert same == ["Web", "Agenda", "Agenda (PDF)"]
