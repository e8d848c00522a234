"""Import an outcome file by its extension: JSON document or Excel workbook."""

from __future__ import annotations

import json
from pathlib import Path

from django.utils.translation import gettext as _

from convoy.outcomes.importer.fields import format_path
from convoy.outcomes.importer.load import LoadSummary, load_document
from convoy.outcomes.importer.validate import InvalidOutcomesError, validate_document
from convoy.outcomes.importer.workbook import read_workbook
from convoy.outcomes.services.money import Policy

SUFFIXES = (".json", ".xlsx")


class OutcomeFileError(Exception):
    """A file that cannot be read as asked; the message is translated."""


def import_outcomes(*, path: Path, policy: Policy | None = None) -> LoadSummary:
    """Check ``path`` completely and store it, or raise with every problem and store nothing."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise OutcomeFileError(
            _("%(path)s: the file must end in %(allowed)s (this one ends in “%(suffix)s”).")
            % {"path": path, "allowed": ", ".join(SUFFIXES), "suffix": suffix}
        )
    if not path.is_file():
        raise OutcomeFileError(_("%(path)s: there is no such file.") % {"path": path})
    if suffix == ".xlsx":
        workbook, places, problems = read_workbook(path)
        return import_document(document=workbook, policy=policy or Policy(), places=places, problems=problems)
    return import_document(document=read_json(path), policy=policy or Policy())


def import_document(
    *,
    document: object,
    policy: Policy,
    places: dict[tuple[str | int, ...], str] | None = None,
    problems: list[tuple[str, str]] | None = None,
) -> LoadSummary:
    checked, issues = validate_document(document)
    found = list(problems or [])
    found += [(_locate(path=issue.path, places=places or {}), issue.message) for issue in issues]
    if found or checked is None:
        raise InvalidOutcomesError(found)
    return load_document(document=checked, policy=policy)


def _locate(*, path: tuple[str | int, ...], places: dict[tuple[str | int, ...], str]) -> str:
    for cut in range(len(path), 0, -1):
        if path[:cut] in places:
            return places[path[:cut]]
    return format_path(path)


def read_json(path: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise OutcomeFileError(_("%(path)s is not UTF-8 text.") % {"path": path}) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise OutcomeFileError(
            _("%(path)s is not valid JSON: %(reason)s at line %(line)s, column %(column)s.")
            % {"path": path, "reason": error.msg, "line": error.lineno, "column": error.colno}
        ) from None
