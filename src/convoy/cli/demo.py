"""``convoy demo``: create the database, load the sample missions, summarise each."""

from __future__ import annotations

import argparse

from django.conf import settings
from django.db import connection
from django.utils.translation import gettext as _

from convoy.cli.errors import UserError
from convoy.cli.output import ensure_database, mission_report
from convoy.exchange.document import InvalidDocumentError
from convoy.exchange.imports import import_file
from convoy.missions.models import Mission
from convoy.missions.services.summary import summarize_mission
from convoy.samples import sample_paths


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "demo",
        help=_("load the sample missions and summarise them"),
        description=_(
            "Create the database if needed, load the sample missions built from the public articles "
            "(loading them again changes nothing) and print a summary of each."
        ),
    )
    parser.set_defaults(func=run)


def database_label() -> str:
    db = settings.DATABASES["default"]
    if connection.vendor == "sqlite":
        return str(db["NAME"])
    return f"{connection.vendor}://{db.get('HOST') or 'localhost'}/{db['NAME']}"


def run(args: argparse.Namespace) -> int:
    ensure_database()
    print(_("Database: %(db)s") % {"db": database_label()})
    slugs = []
    for path in sample_paths():
        try:
            summary = import_file(path)
        except InvalidDocumentError as error:  # a broken sample is a bug, but say where
            raise UserError(
                _("the sample %(file)s does not import: %(errors)s")
                % {"file": path.name, "errors": "; ".join(str(e) for e in error.errors[:5])}
            ) from None
        state = _("loaded") if summary.changed else _("already loaded, unchanged")
        print(_("Sample %(file)s: %(state)s") % {"file": path.name, "state": state})
        slugs.append(summary.mission)
    print()
    for slug in slugs:
        print(mission_report(summarize_mission(mission=Mission.objects.get(slug=slug))))
        print()
    print(_("What next:"))
    for line in next_steps(slugs[0]):
        print(f"  {line}")
    return 0


def next_steps(slug: str) -> list[str]:
    return [
        _("convoy missions --json                      # the missions, for scripts"),
        _("convoy export %(slug)s -o mission.xlsx   # the workbook an organizer edits") % {"slug": slug},
        _("convoy template -o template.xlsx            # the empty workbook to fill in and import"),
        _("convoy serve                                # the admin at http://127.0.0.1:8000/admin/"),
    ]
