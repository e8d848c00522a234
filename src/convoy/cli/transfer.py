"""``convoy import FILE``, ``convoy export MISSION -o FILE`` and ``convoy template -o FILE.xlsx``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from convoy.cli.errors import UserError
from convoy.cli.output import ensure_database, find_mission
from convoy.exchange.document import ExchangeFileError, InvalidDocumentError
from convoy.exchange.files import export_file, write_template
from convoy.exchange.imports import import_file
from convoy.exchange.load import LoadSummary


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    importer = subparsers.add_parser(
        "import",
        help=_("import a mission from a .json or .xlsx file"),
        description=_(
            "Check the whole file and store the mission; if anything is wrong, list every error "
            "with its place and store nothing. Importing the same file twice changes nothing."
        ),
    )
    importer.add_argument(
        "file", type=Path, metavar=_("FILE"), help=_("a mission document (.json) or workbook (.xlsx)")
    )
    importer.set_defaults(func=run_import)
    exporter = subparsers.add_parser(
        "export",
        help=_("export a mission to a .json or .xlsx file"),
        description=_("Write a stored mission as a mission document (.json) or a workbook (.xlsx)."),
    )
    exporter.add_argument("mission", metavar=_("MISSION"), help=_("the mission's identifier (see: convoy missions)"))
    exporter.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=_("FILE"),
        help=_("the file to write; its extension (.json or .xlsx) chooses the format"),
    )
    exporter.set_defaults(func=run_export)
    template = subparsers.add_parser(
        "template",
        help=_("write the empty Excel workbook to fill in"),
        description=_("Write the empty workbook (one sheet per entity, with instructions) to fill in and import."),
    )
    template.add_argument(
        "-o", "--output", type=Path, required=True, metavar=_("FILE"), help=_("the .xlsx file to write")
    )
    template.set_defaults(func=run_template)


def run_import(args: argparse.Namespace) -> int:
    ensure_database()
    try:
        summary = import_file(args.file)
    except ExchangeFileError as error:
        raise UserError(str(error)) from None
    except InvalidDocumentError as error:
        count = len(error.errors)
        print(
            ngettext(
                "%(path)s: %(count)s error; nothing was stored.",
                "%(path)s: %(count)s errors; nothing was stored.",
                count,
            )
            % {"path": args.file, "count": count},
            file=sys.stderr,
        )
        for found in error.errors:
            print(f"  {found}", file=sys.stderr)
        return 1
    print(summary_text(summary))
    return 0


def summary_text(summary: LoadSummary) -> str:
    lines = [
        _("Mission “%(mission)s” imported.") % {"mission": summary.mission}
        if summary.changed
        else _("Mission “%(mission)s”: nothing changed.") % {"mission": summary.mission}
    ]
    for model, counts in summary.counts:
        if any(counts.values()):
            lines.append(
                "  "
                + _(
                    "%(records)s: %(created)s created, %(updated)s updated, %(unchanged)s unchanged, "
                    "%(deleted)s deleted"
                )
                % {"records": model._meta.verbose_name_plural, **counts}
            )
    return "\n".join(lines)


def run_export(args: argparse.Namespace) -> int:
    ensure_database()
    mission = find_mission(args.mission)
    try:
        export_file(mission, args.output)
    except ExchangeFileError as error:
        raise UserError(str(error)) from None
    print(_("Wrote %(path)s.") % {"path": args.output})
    return 0


def run_template(args: argparse.Namespace) -> int:
    try:
        write_template(args.output)
    except ExchangeFileError as error:
        raise UserError(str(error)) from None
    print(_("Wrote %(path)s.") % {"path": args.output})
    return 0
