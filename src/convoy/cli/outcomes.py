"""``convoy outcomes import|convert|overdue``, ``convoy report MISSION`` and ``convoy portfolio``.

The logic lives in ``convoy.outcomes`` (records, rules, figures) and ``convoy.documents.report``
(rendering); this module reads arguments, turns the apps' errors into ``UserError`` and prints.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path

from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from convoy.cli.errors import UserError
from convoy.cli.output import ensure_database, find_mission
from convoy.outcomes.importer.files import OutcomeFileError, import_outcomes
from convoy.outcomes.importer.validate import InvalidOutcomesError
from convoy.outcomes.models import Figure
from convoy.outcomes.models.choices import RatePolicy
from convoy.outcomes.services.conversions import reconvert_figures
from convoy.outcomes.services.followups import overdue_by_delegation, overdue_by_organizer
from convoy.outcomes.services.money import Policy
from convoy.outcomes.services.portfolio import DIMENSIONS, PortfolioRow, build_portfolio
from convoy.outcomes.services.rates import UnknownCurrencyError

REPORT_SUFFIXES = (".pdf", ".html")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    outcomes = subparsers.add_parser(
        "outcomes",
        help=_("import outcomes, convert their money, list overdue follow-ups"),
        description=_("Record what the missions produced and follow it until it is real."),
    )
    actions = outcomes.add_subparsers(dest="action", metavar=_("ACTION"), required=True)
    importer = actions.add_parser(
        "import",
        help=_("import outcomes from a .json or .xlsx file"),
        description=_(
            "Check the whole file and store its outcomes; if anything is wrong, list every error with its "
            "place and store nothing. Importing the same file twice leaves the same records."
        ),
    )
    importer.add_argument(
        "file", type=Path, metavar=_("FILE"), help=_("an outcomes document (.json) or workbook (.xlsx)")
    )
    _rate_options(importer)
    importer.set_defaults(func=run_import)
    convert = actions.add_parser(
        "convert",
        help=_("convert every stored money figure again under a rate policy"),
        description=_("Convert every money figure to USD and MXN again, storing the rate, its date and source."),
    )
    _rate_options(convert)
    convert.set_defaults(func=run_convert)
    overdue = actions.add_parser(
        "overdue",
        help=_("list overdue follow-ups per organizer and per delegation"),
        description=_("List open follow-up tasks past their due date, per organizer and per delegation."),
    )
    overdue.add_argument("--mission", metavar=_("MISSION"), help=_("only this mission's delegations"))
    overdue.add_argument("--as-of", type=_date, metavar=_("DATE"), help=_("the day to compare with (default: today)"))
    overdue.set_defaults(func=run_overdue)
    report = subparsers.add_parser(
        "report",
        help=_("write a mission's outcomes report (.pdf or .html)"),
        description=_("Write the mission report: summary, targets, funnel, meetings, results, rates and follow-ups."),
    )
    report.add_argument("mission", metavar=_("MISSION"), help=_("the mission's identifier (see: convoy missions)"))
    report.add_argument(
        "--lang", dest="report_lang", choices=("es", "en"), help=_("language of the report (default: the interface's)")
    )
    report.add_argument(
        "-o", "--output", type=Path, required=True, metavar=_("FILE"), help=_("report.pdf or report.html")
    )
    report.add_argument(
        "--as-of", type=_date, metavar=_("DATE"), help=_("date of the data, for overdue tasks (default: today)")
    )
    report.set_defaults(func=run_report)
    portfolio = subparsers.add_parser(
        "portfolio",
        help=_("the portfolio across missions by state, municipality, sector, country and axis"),
        description=_(
            "Outcomes of every mission, each project counted once, by state, municipality, sector, country and axis."
        ),
    )
    portfolio.add_argument("--by", choices=DIMENSIONS, help=_("only this dimension"))
    portfolio.add_argument("--json", action="store_true", help=_("print JSON, for scripts"))
    portfolio.set_defaults(func=run_portfolio)


def _rate_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rates",
        choices=RatePolicy.values,
        default=RatePolicy.ANNOUNCEMENT,
        help=_("which day's ECB rate converts a figure: its own date (default), a fixed date, or the latest"),
    )
    parser.add_argument("--rate-date", type=_date, metavar=_("DATE"), help=_("the day of the fixed rate (YYYY-MM-DD)"))


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("“%(value)s” is not a date in the form YYYY-MM-DD.") % {"value": text}
        ) from None


def _policy(args: argparse.Namespace) -> Policy:
    if args.rates == RatePolicy.FIXED and args.rate_date is None:
        raise UserError(_("--rates fixed needs --rate-date YYYY-MM-DD."))
    if args.rates != RatePolicy.FIXED and args.rate_date is not None:
        raise UserError(_("--rate-date goes with --rates fixed."))
    return Policy(kind=args.rates, fixed_date=args.rate_date)


def _today(args: argparse.Namespace) -> dt.date:
    return args.as_of or timezone.localdate()


def run_import(args: argparse.Namespace) -> int:
    ensure_database()
    policy = _policy(args)
    try:
        summary = import_outcomes(path=args.file, policy=policy)
    except OutcomeFileError as error:
        raise UserError(str(error)) from None
    except InvalidOutcomesError as error:
        print(
            ngettext(
                "%(path)s: %(count)s error; nothing was stored.",
                "%(path)s: %(count)s errors; nothing was stored.",
                len(error.issues),
            )
            % {"path": args.file, "count": len(error.issues)},
            file=sys.stderr,
        )
        for place, message in error.issues:
            print(f"  {place}: {message}" if place else f"  {message}", file=sys.stderr)
        return 1
    print(
        _(
            "Outcomes of “%(mission)s” imported: %(created)s created, %(updated)s updated, %(projects)s projects, "
            "%(figures)s figures, %(conversions)s conversions."
        )
        % {
            "mission": summary.mission,
            "created": summary.outcomes_created,
            "updated": summary.outcomes_updated,
            "projects": summary.projects,
            "figures": summary.figures,
            "conversions": summary.conversions,
        }
    )
    return 0


def run_convert(args: argparse.Namespace) -> int:
    ensure_database()
    try:
        count = reconvert_figures(figures=Figure.objects.all(), policy=_policy(args))
    except UnknownCurrencyError as error:
        raise UserError(_("“%(code)s” is not a currency with ECB reference rates.") % {"code": error.code}) from None
    print(_("%(count)s money figures converted to USD and MXN.") % {"count": count})
    return 0


def run_overdue(args: argparse.Namespace) -> int:
    ensure_database()
    today = _today(args)
    if args.mission:
        groups = overdue_by_delegation(mission=find_mission(args.mission), today=today)
        print(
            _("Overdue follow-ups of %(mission)s per delegation, as of %(date)s:")
            % {"mission": args.mission, "date": today}
        )
    else:
        groups = overdue_by_organizer(today=today)
        print(_("Overdue follow-ups per organizer, as of %(date)s:") % {"date": today})
    if not groups:
        print(_("  none"))
    for group in groups:
        print(f"  {group.name} ({len(group.tasks)})")
        for task in group.tasks:
            print(
                _("    %(due)s  %(days)s days late  %(task)s — %(owner)s [%(mission)s]")
                % {
                    "due": task.due,
                    "days": task.days_late,
                    "task": task.task,
                    "owner": task.owner,
                    "mission": task.mission,
                }
            )
    return 0


def run_report(args: argparse.Namespace) -> int:
    from convoy.documents.report.render import render_report_pdf, report_html
    from convoy.outcomes.report.build import build_report

    ensure_database()
    suffix = args.output.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise UserError(
            _("%(path)s: the file must end in %(allowed)s (this one ends in “%(suffix)s”).")
            % {"path": args.output, "allowed": ", ".join(REPORT_SUFFIXES), "suffix": suffix}
        )
    lang = args.report_lang or args.lang or (get_language() or "es")[:2]
    report = build_report(mission=find_mission(args.mission), as_of=_today(args))
    try:
        if suffix == ".html":
            args.output.write_text(report_html(report=report, lang=lang), encoding="utf-8")
        else:
            args.output.write_bytes(render_report_pdf(report=report, lang=lang))
    except OSError as error:
        raise UserError(
            _("%(path)s cannot be written: %(reason)s") % {"path": args.output, "reason": error.strerror}
        ) from None
    print(_("Wrote %(path)s.") % {"path": args.output})
    return 0


def run_portfolio(args: argparse.Namespace) -> int:
    ensure_database()
    portfolio = build_portfolio()
    dimensions = [args.by] if args.by else list(DIMENSIONS)
    if args.json:
        payload = {name: [_row_json(row) for row in portfolio[name]] for name in dimensions}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    lang = "en" if (get_language() or "es").startswith("en") else "es"
    for name in dimensions:
        print(portfolio_table(rows=portfolio[name], title=DIMENSION_TITLES[name](), lang=lang))
        print()
    return 0


DIMENSION_TITLES = {
    "state": lambda: _("By state"),
    "municipality": lambda: _("By municipality"),
    "sector": lambda: _("By sector"),
    "country": lambda: _("By country of the partner"),
    "axis": lambda: _("By axis"),
}


def _row_json(row: PortfolioRow) -> dict[str, object]:
    return {
        "key": row.key,
        "label": {"es": row.label_es, "en": row.label_en},
        "outcomes": row.items,
        "leads": row.leads,
        "announced": row.announced,
        "realized": row.realized,
        "lost": row.lost,
        "investment_announced": {code: str(value) for code, value in row.investment_announced.items()},
        "investment_realized": {code: str(value) for code, value in row.investment_realized.items()},
        "jobs_announced": row.jobs_announced,
        "jobs_realized": row.jobs_realized,
        "agreements": row.agreements,
    }


def portfolio_table(*, rows: list[PortfolioRow], title: str, lang: str) -> str:
    headers = [
        title,
        _("outcomes"),
        _("leads"),
        _("announced"),
        _("realized"),
        _("USD announced"),
        _("USD realized"),
        _("jobs announced"),
        _("jobs realized"),
        _("agreements"),
    ]
    lines = [
        [
            row.label_en if lang == "en" else row.label_es,
            str(row.items),
            str(row.leads),
            str(row.announced),
            str(row.realized),
            _usd(row.investment_announced["USD"]),
            _usd(row.investment_realized["USD"]),
            f"{row.jobs_announced:,}",
            f"{row.jobs_realized:,}",
            str(row.agreements),
        ]
        for row in rows
    ]
    widths = [max(len(cells[i]) for cells in [headers, *lines]) for i in range(len(headers))]
    widths[0] = min(widths[0], 44)
    text = []
    for cells in [headers, *lines]:
        first = cells[0] if len(cells[0]) <= widths[0] else cells[0][: widths[0] - 1] + "…"
        text.append(
            "  ".join([first.ljust(widths[0]), *(c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True))])
        )
    return "\n".join(text)


def _usd(value: Decimal) -> str:
    return f"{value:,.0f}"
