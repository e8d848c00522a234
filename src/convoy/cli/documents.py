"""``convoy booklet``, ``convoy calendar`` and ``convoy export-agenda``: what people carry on the trip.

The latest published agenda by default (``--version N`` to choose); logic lives in
``convoy.documents``; this module reads arguments, writes files and prints what it wrote.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from convoy.cli.output import user_errors
from convoy.documents.audience import MISSION
from convoy.documents.data import Programme
from convoy.documents.ics import calendar_feed
from convoy.documents.produce import (
    DocumentError,
    choose_version,
    find_audience,
    programme_of,
    programmes_of,
    with_activities,
    write_pdfs,
)
from convoy.documents.spreadsheet import delegation_workbook, mission_workbook

_user_errors = user_errors(DocumentError)


def _common(parser: argparse.ArgumentParser, *, output: str) -> None:
    parser.add_argument("mission", metavar="MISSION", help=_("mission identifier (slug)"))
    parser.add_argument("--version", type=int, metavar="N", help=_("agenda version (default: the published one)"))
    parser.add_argument("-o", "--output", required=True, type=Path, metavar=output, help=_("where to write"))


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    booklet = subparsers.add_parser(
        "booklet",
        help=_("print booklets, counterpart agendas, the programme and run sheets (PDF)"),
        description=_(
            "Write PDFs of an agenda: a booklet per delegation, an agenda per counterpart, the mission programme "
            "and a run sheet per day. With --delegation, --counterpart, --programme or --run-sheets, only those."
        ),
    )
    _common(booklet, output="DIR")
    booklet.add_argument("--delegation", action="append", default=[], metavar="ORG_KEY", help=_("a delegation"))
    booklet.add_argument("--counterpart", action="append", default=[], metavar="ORG_KEY", help=_("a counterpart"))
    booklet.add_argument("--programme", action="store_true", help=_("the full mission programme"))
    booklet.add_argument("--run-sheets", action="store_true", help=_("the organizer's run sheet of each day"))
    booklet.add_argument(
        "--lang",
        dest="document_language",
        choices=("es", "en", "both"),
        default="es",
        help=_("language of the documents (default es)"),
    )
    booklet.set_defaults(func=run_booklet)
    calendar = subparsers.add_parser(
        "calendar",
        help=_("write an iCalendar feed of an agenda"),
        description=_(
            "Write an .ics feed for a delegation, a counterpart or a person (or the whole mission). Events keep "
            "their UID between versions; moved ones carry a higher SEQUENCE and dropped ones are CANCELLED."
        ),
    )
    _common(calendar, output="FILE.ics")
    calendar.add_argument("--for", dest="audience", metavar="ORG_KEY|PERSON", help=_("whose calendar"))
    calendar.add_argument(
        "--lang",
        dest="document_language",
        choices=("es", "en"),
        default="es",
        help=_("language of the descriptions (default es)"),
    )
    calendar.set_defaults(func=run_calendar)
    export = subparsers.add_parser(
        "export-agenda",
        help=_("write an agenda as an Excel workbook, a sheet per day"),
        description=_("Write the whole mission's agenda, or one delegation's, as .xlsx with a sheet per day."),
    )
    _common(export, output="FILE.xlsx")
    export.add_argument("--delegation", metavar="ORG_KEY", help=_("only this delegation's agenda"))
    export.set_defaults(func=run_export)


@_user_errors
def run_booklet(args: argparse.Namespace) -> int:
    chosen = choose_version(mission_slug=args.mission, number=args.version)
    programme = programme_of(chosen=chosen)
    for key in args.delegation:
        find_audience(programme=programme, text=key, side="delegation")
    for key in args.counterpart:
        find_audience(programme=programme, text=key, side="counterpart")
    everything = not (args.delegation or args.counterpart or args.programme or args.run_sheets)
    paths = write_pdfs(
        programme=programme,
        folder=args.output,
        language=args.document_language,
        delegations=with_activities(programme=programme, side="delegation") if everything else args.delegation,
        counterparts=with_activities(programme=programme, side="counterpart") if everything else args.counterpart,
        programme_pdf=everything or args.programme,
        run_sheets=everything or args.run_sheets,
    )
    print(
        ngettext(
            "Agenda version %(n)d: %(count)d PDF file in %(dir)s",
            "Agenda version %(n)d: %(count)d PDF files in %(dir)s",
            len(paths),
        )
        % {"n": programme.version, "count": len(paths), "dir": args.output}
    )
    for path in paths:
        print(f"  {path.name}")
    return 0


@_user_errors
def run_calendar(args: argparse.Namespace) -> int:
    chosen = choose_version(mission_slug=args.mission, number=args.version)
    programmes = programmes_of(chosen=chosen)
    latest = programmes[-1]
    audience = find_audience(programme=latest, text=args.audience)
    name = latest.title.text if audience == MISSION else f"{latest.title.text} — {_name(latest, audience.key)}"
    feed = calendar_feed(versions=programmes, audience=audience, name=name, language=args.document_language)
    _write(args.output, feed)
    print(_("Agenda version %(n)d: calendar written to %(file)s") % {"n": latest.version, "file": args.output})
    return 0


@_user_errors
def run_export(args: argparse.Namespace) -> int:
    chosen = choose_version(mission_slug=args.mission, number=args.version)
    programme = programme_of(chosen=chosen)
    if args.delegation:
        audience = find_audience(programme=programme, text=args.delegation, side="delegation")
        data = delegation_workbook(programme=programme, delegation=audience.key)
    else:
        data = mission_workbook(programme=programme)
    _write(args.output, data)
    print(_("Agenda version %(n)d: workbook written to %(file)s") % {"n": programme.version, "file": args.output})
    return 0


def _name(programme: Programme, key: str) -> str:
    party = programme.party(key)
    if party is not None:
        return party.name
    person = programme.people.get(key)
    return person.name if person is not None else key


def _write(path: Path, data: bytes) -> None:
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
