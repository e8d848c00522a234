"""Write a mission, or the empty template, to a file chosen by its extension."""

from __future__ import annotations

from pathlib import Path

from django.utils.translation import gettext as _
from xlsxwriter.exceptions import FileCreateError

from convoy.exchange.document import ExchangeFileError, dumps
from convoy.exchange.export import export_mission
from convoy.exchange.imports import SUFFIXES, check_suffix
from convoy.exchange.workbook_write import write_workbook
from convoy.missions.models import Mission


def export_file(mission: Mission, path: Path) -> None:
    """The mission as a document (.json) or a workbook (.xlsx), by the extension of ``path``."""
    suffix = check_suffix(path, allowed=SUFFIXES)
    document = export_mission(mission)
    try:
        if suffix == ".json":
            path.write_text(dumps(document), encoding="utf-8")
        else:
            write_workbook(path, document)
    except (OSError, FileCreateError) as error:
        raise _unwritable(path, error) from None


def write_template(path: Path) -> None:
    """The empty workbook to fill in."""
    check_suffix(path, allowed=(".xlsx",))
    try:
        write_workbook(path, None)
    except (OSError, FileCreateError) as error:
        raise _unwritable(path, error) from None


def _unwritable(path: Path, error: Exception) -> ExchangeFileError:
    cause = error.args[0] if isinstance(error, FileCreateError) and error.args else error
    reason = getattr(cause, "strerror", None) or str(cause)
    return ExchangeFileError(_("%(path)s cannot be written: %(reason)s") % {"path": path, "reason": reason})
