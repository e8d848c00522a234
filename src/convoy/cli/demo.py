"""``convoy demo``: the main job end to end on the sample missions.

Load the samples (idempotently) → summarise them → matchmaking → plan and publish each
agenda → sample outcomes → booklet, calendar, spreadsheet and report files. Every step is
the same subcommand a user would run; running the demo again changes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils.translation import gettext as _

from convoy.agenda.models import AgendaVersion
from convoy.agenda.models.choices import VersionStatus
from convoy.cli.errors import UserError
from convoy.cli.output import ensure_database, mission_report
from convoy.exchange.document import InvalidDocumentError
from convoy.exchange.imports import import_file
from convoy.missions.models import Mission
from convoy.missions.services.summary import summarize_mission
from convoy.outcomes.samples import load_sample_outcomes
from convoy.samples import sample_paths

# The showcase: the convoy's biggest mission, one of its municipalities, and the Japan trip's report.
SHOWCASE_MISSION = "convoy-california-2023"
SHOWCASE_DELEGATION = "mun-29033"  # Tlaxcala, whose own release lists its meetings
EXPLAINED_DELEGATION = "mun-14039"  # Guadalajara: suggestions beyond its own requests
REPORTS = (("convoy-california-2023", "es"), ("aguascalientes-japan", "en"))


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "demo",
        help=_("run the main job end to end on the sample missions"),
        description=_(
            "Create the database if needed, load the sample missions built from the public articles, run "
            "matchmaking, plan and publish each agenda, load the sample outcomes and write a booklet, a "
            "calendar, a spreadsheet and reports. Running it again changes nothing."
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("demo-output"),
        metavar=_("DIR"),
        help=_("where to write the documents (default: demo-output)"),
    )
    parser.add_argument(
        "--time-limit", type=float, default=10.0, metavar=_("S"), help=_("seconds the solver may use per mission")
    )
    parser.add_argument("--load-only", action="store_true", help=_("only load and summarise the sample missions"))
    parser.set_defaults(func=run)


def database_label() -> str:
    db = settings.DATABASES["default"]
    if connection.vendor == "sqlite":
        return str(db["NAME"])
    return f"{connection.vendor}://{db.get('HOST') or 'localhost'}/{db['NAME']}"


def step(title: str) -> None:
    print(f"\n{'═' * 4} {title} {'═' * max(4, 88 - len(title))}", flush=True)


def subcommand(*argv: str) -> None:
    """Run another ``convoy`` subcommand exactly as a user would type it."""
    from convoy.cli import build_parser

    args = build_parser().parse_args(list(argv))
    status = int(args.func(args) or 0)
    if status:
        raise UserError(_("the demo step “convoy %(command)s” failed") % {"command": " ".join(argv)})


def load_samples() -> list[str]:
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
    return slugs


def plan_and_publish(slug: str, *, time_limit: float) -> None:
    published = AgendaVersion.objects.filter(mission__slug=slug, status=VersionStatus.PUBLISHED).first()
    if published:
        print(
            _("%(slug)s: agenda version %(n)d is already published, kept as it is")
            % {"slug": slug, "n": published.number}
        )
        return
    subcommand("plan", slug, "--time-limit", str(time_limit))
    subcommand("publish", slug)


def write_documents(output: Path) -> None:
    output.mkdir(parents=True, exist_ok=True)
    booklets = output / "booklets"
    subcommand("booklet", SHOWCASE_MISSION, "--delegation", SHOWCASE_DELEGATION, "--lang", "both", "-o", str(booklets))
    subcommand("booklet", SHOWCASE_MISSION, "--programme", "-o", str(booklets))
    calendar = output / f"{SHOWCASE_DELEGATION}.ics"
    subcommand("calendar", SHOWCASE_MISSION, "--for", SHOWCASE_DELEGATION, "-o", str(calendar))
    workbook = output / f"{SHOWCASE_MISSION}-agenda.xlsx"
    subcommand("export-agenda", SHOWCASE_MISSION, "-o", str(workbook))
    for slug, language in REPORTS:
        subcommand("report", slug, "--lang", language, "-o", str(output / f"{slug}-report-{language}.pdf"))


def run(args: argparse.Namespace) -> int:
    ensure_database()
    print(_("Database: %(db)s") % {"db": database_label()})
    step(_("1. Sample missions"))
    slugs = load_samples()
    for slug in slugs:
        print()
        print(mission_report(summarize_mission(mission=Mission.objects.get(slug=slug))))
    if args.load_only:
        return 0
    step(_("2. Matchmaking: who should meet whom, and why"))
    subcommand("match", SHOWCASE_MISSION, "--explain", EXPLAINED_DELEGATION)
    step(_("3. Agendas: optimal, fair, compact — planned and published"))
    for slug in slugs:
        plan_and_publish(slug, time_limit=args.time_limit)
    step(_("4. Outcomes recorded after the missions"))
    for summary in load_sample_outcomes():
        print(_("Outcomes of %(mission)s loaded") % {"mission": summary.mission})
    step(_("5. Documents"))
    write_documents(args.output)
    step(_("What next"))
    for line in next_steps():
        print(f"  {line}")
    return 0


def next_steps() -> list[str]:
    return [
        _("convoy missions --json                           # the missions, for scripts"),
        _("convoy export %(slug)s -o mission.xlsx  # the workbook an organizer edits") % {"slug": SHOWCASE_MISSION},
        _("convoy replan %(slug)s --cancel uber    # a host cancels: re-plan, moving little")
        % {"slug": SHOWCASE_MISSION},
        _("convoy diff %(slug)s 1 2                # then: what changed, and for whom") % {"slug": SHOWCASE_MISSION},
        _("convoy portfolio                                 # outcomes across missions"),
        _("convoy serve                                     # the web pages at http://127.0.0.1:8000/"),
    ]
