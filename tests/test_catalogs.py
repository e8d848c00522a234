"""The shared message catalog (src/convoy/locale): complete in Spanish, current with the
source, compiled, consistent with the apps' own catalogs, and really used at run time."""

from __future__ import annotations

import gettext
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po
from django.utils import translation

import convoy
from convoy.cli import main

PACKAGE = Path(convoy.__file__).parent
LOCALE = PACKAGE / "locale"
SCRIPT = PACKAGE.parents[1] / "scripts" / "messages.sh"
LANGUAGES = ("es", "en")
# %(name)s, %(n)d, %(gap).2f, %%, %s … and {} / {name} placeholders.
PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdifr%]|\{[^{}]*\}")


def read_catalog(path: Path, language: str) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def catalog_of(language: str) -> Catalog:
    return read_catalog(LOCALE / language / "LC_MESSAGES" / "django.po", language)


def keys(catalog: Catalog) -> set[object]:
    return {(m.context, m.id if isinstance(m.id, str) else tuple(m.id)) for m in catalog if m.id}


def translations(message: Message) -> list[str]:
    string = message.string
    return [string] if isinstance(string, str) else list(string or ())


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def test_every_spanish_message_is_translated_without_fuzzy_entries() -> None:
    catalog = catalog_of("es")
    messages = [m for m in catalog if m.id]
    assert [m.id for m in messages if not all(translations(m))] == []
    assert [m.id for m in messages if m.fuzzy] == []
    assert not catalog.fuzzy  # the header too
    assert catalog.num_plurals == 2
    assert [m.id for m in messages if m.pluralizable and len(translations(m)) != 2] == []
    assert len(messages) > 600


def test_spanish_translations_keep_the_placeholders_of_the_msgid() -> None:
    wrong = []
    for m in catalog_of("es"):
        msgids = [m.id] if isinstance(m.id, str) else list(m.id)
        for form, text in enumerate(translations(m) if m.id else []):
            msgid = msgids[min(form, len(msgids) - 1)]  # Spanish form 0 is the singular, 1 the plural
            if placeholders(text) != placeholders(msgid):
                wrong.append((msgid, text))
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalog_holds_exactly_the_translations_of_the_po(language: str) -> None:
    expected: dict[object, str] = {}
    for m in catalog_of(language):
        if not m.id or m.fuzzy or not all(translations(m)):
            continue
        prefix = f"{m.context}\x04" if m.context else ""
        if isinstance(m.id, str):
            expected[prefix + m.id] = translations(m)[0]
        else:
            expected.update({(prefix + m.id[0], i): text for i, text in enumerate(translations(m))})
    with (LOCALE / language / "LC_MESSAGES" / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    assert {k: v for k, v in compiled._catalog.items() if k != ""} == expected  # type: ignore[attr-defined]
    assert compiled.info()["plural-forms"] == "nplurals=2; plural=(n != 1);"


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogs after running scripts/messages.sh on a copy of them."""
    if shutil.which("xgettext") is None:
        pytest.skip("GNU gettext (xgettext) is not installed: run scripts/ensure-system.sh")
    out = tmp_path_factory.mktemp("locale")
    for language in LANGUAGES:
        shutil.copytree(LOCALE / language, out / language)
    env = {**os.environ, "PYTHON": sys.executable}
    subprocess.run(["bash", str(SCRIPT), str(out)], check=True, env=env, capture_output=True, timeout=300)
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_has_every_message_of_the_source_and_no_other(regenerated: Path, language: str) -> None:
    fresh = keys(read_catalog(regenerated / language / "LC_MESSAGES" / "django.po", language))
    committed = keys(catalog_of(language))
    missing, stale = sorted(fresh - committed, key=str), sorted(committed - fresh, key=str)
    assert (missing, stale) == ([], []), "run scripts/messages.sh, translate the new es entries and commit"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_script_leaves_the_committed_catalog_as_it_is(regenerated: Path, language: str) -> None:
    fresh = (regenerated / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    assert fresh == (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")


def test_texts_shared_with_an_app_catalog_read_the_same() -> None:
    """LOCALE_PATHS overrides app catalogs, so a shared msgid must say what its app says."""
    ours = {m.id if isinstance(m.id, str) else m.id[0]: m.string for m in catalog_of("es") if m.id}
    differing = []
    for po in sorted(PACKAGE.glob("*/locale/es/LC_MESSAGES/django.po")):
        for m in read_catalog(po, "es"):
            msgid = m.id if isinstance(m.id, str) else m.id[0] if m.id else ""
            if msgid in ours and m.string and m.string != ours[msgid]:
                differing.append((po.parts[-5], msgid, m.string, ours[msgid]))
    assert differing == []


def test_models_choices_and_plurals_come_out_in_spanish() -> None:
    from convoy.missions.models import Mission
    from convoy.missions.models.choices import MissionStatus

    with translation.override("es"):
        assert str(Mission._meta.verbose_name_plural) == "misiones"
        assert str(MissionStatus.UNDERWAY.label) == "en curso"
        texts = [
            translation.ngettext(
                "%(path)s: %(count)s error; nothing was stored.", "%(path)s: %(count)s errors; nothing was stored.", n
            )
            for n in (1, 2, 1_000_000)
        ]
    assert texts == [
        "%(path)s: %(count)s error; no se guardó nada.",
        "%(path)s: %(count)s errores; no se guardó nada.",
        "%(path)s: %(count)s errores; no se guardó nada.",
    ]


@pytest.fixture
def keep_language() -> Iterator[None]:
    language = translation.get_language()
    yield
    translation.activate(language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Todavía no hay misiones guardadas. Cargue los ejemplos con: convoy demo\n"),
        ("en", "No missions stored yet. Load the samples with: convoy demo\n"),
    ],
)
def test_cli_speaks_the_chosen_language(
    db: None, keep_language: None, capsys: pytest.CaptureFixture[str], language: str, text: str
) -> None:
    assert main(["--lang", language, "missions"]) == 0
    assert capsys.readouterr().out == text
