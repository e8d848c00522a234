"""Import a mission from a JSON document or a workbook: validate everything, then store.

Nothing is stored unless the whole file is valid; every problem is reported at once with
its place (a JSON path, or sheet, row and column of the workbook).
"""

from __future__ import annotations

import json
from pathlib import Path

from django.utils.translation import gettext as _

from convoy.exchange.document import ExchangeFileError, InvalidDocumentError, Located, format_path
from convoy.exchange.load import LoadSummary, load_document
from convoy.exchange.validate import validate_document
from convoy.exchange.workbook_read import read_workbook

SUFFIXES = (".json", ".xlsx")


def import_document(document: object) -> LoadSummary:
    """Validate and store a mission document; raise :class:`InvalidDocumentError` listing every issue."""
    validation = validate_document(document)
    if not validation.valid:
        raise InvalidDocumentError([Located(format_path(i.path), i.message) for i in validation.issues])
    return load_document(validation)


def import_workbook(path: Path) -> LoadSummary:
    """Validate and store a filled-in workbook; issues point at sheet, row and column."""
    content = read_workbook(path)
    if content.blocking:
        raise InvalidDocumentError([Located(place.describe(), message) for place, message in content.issues])
    validation = validate_document(content.document)
    found = [*content.issues, *((content.locate(i.path), i.message) for i in validation.issues)]
    if found:
        found.sort(key=lambda item: item[0].order)
        raise InvalidDocumentError([Located(place.describe(), message) for place, message in found])
    return load_document(validation)


def import_file(path: Path) -> LoadSummary:
    """Import ``path`` by its extension (.json or .xlsx)."""
    suffix = check_suffix(path, allowed=SUFFIXES)
    if not path.is_file():
        raise ExchangeFileError(_("%(path)s: there is no such file.") % {"path": path})
    if suffix == ".xlsx":
        return import_workbook(path)
    return import_document(read_json(path))


def check_suffix(path: Path, *, allowed: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise ExchangeFileError(
            _("%(path)s: the file must end in %(allowed)s (this one ends in “%(suffix)s”).")
            % {"path": path, "allowed": " / ".join(allowed), "suffix": suffix}
        )
    return suffix


def read_json(path: Path) -> object:
    """The parsed JSON of ``path``, or an :class:`ExchangeFileError` saying where it breaks."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ExchangeFileError(_("%(path)s is not UTF-8 text.") % {"path": path}) from None
    except OSError as error:
        raise ExchangeFileError(
            _("%(path)s cannot be read: %(reason)s") % {"path": path, "reason": error.strerror}
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ExchangeFileError(
            _("%(path)s is not valid JSON: %(reason)s at line %(line)s, column %(column)s.")
            % {"path": path, "reason": error.msg, "line": error.lineno, "column": error.colno}
        ) from None
