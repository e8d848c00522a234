"""``convoy match MISSION``: store the matchmaker's suggestions and print the fairness report.

``--explain ORG_KEY`` then prints that delegation's suggestions, best first, with their
reasons in the user's language; ``--accept-all [--min-score X]`` accepts every proposed
suggestion (scoring at least X), for scripted runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from convoy.cli import SUPPORTED_LANGUAGES
from convoy.cli.errors import UserError
from convoy.cli.output import ensure_database, find_mission
from convoy.missions.models import Delegation, Mission, Suggestion
from convoy.missions.models.suggestion import SuggestionStatus
from convoy.missions.services.match import match_mission
from convoy.missions.services.match_decide import accept_suggestions
from convoy.missions.services.match_text import explain_lines, report_lines

ACCEPTED_BY = "convoy match --accept-all"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "match",
        help=_("propose who should meet whom, with reasons"),
        description=_(
            "Score every delegation against every counterpart of the mission, allocate candidate "
            "meetings and group-session seats fairly, store them as suggestions for the organizer "
            "(running it again keeps the organizer's decisions) and print the fairness report."
        ),
    )
    parser.add_argument("mission", metavar=_("MISSION"), help=_("identifier of the mission (see: convoy missions)"))
    parser.add_argument(
        "--explain", metavar=_("ORG_KEY"), help=_("print this delegation's suggestions with their reasons")
    )
    parser.add_argument("--accept-all", action="store_true", help=_("accept every proposed suggestion"))
    parser.add_argument(
        "--min-score", type=float, metavar="X", help=_("with --accept-all: only suggestions scoring at least X")
    )
    parser.add_argument(
        "--embedding-cache", type=Path, metavar=_("DIR"), help=_("directory of the text-embedding cache")
    )
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.min_score is not None and not args.accept_all:
        raise UserError(_("--min-score only applies with --accept-all"))
    ensure_database()
    mission = find_mission(args.mission)
    delegation = find_delegation(mission=mission, key=args.explain) if args.explain else None
    report = match_mission(mission, progress=lambda line: print(line, file=sys.stderr), cache_dir=args.embedding_cache)
    language = get_language() or "es"
    print("\n".join(report_lines(report=report, mission=mission, language=language)))
    if args.accept_all:
        chosen = Suggestion.objects.filter(mission=mission, status=SuggestionStatus.PROPOSED)
        if args.min_score is not None:
            chosen = chosen.filter(score__gte=args.min_score)
        count = accept_suggestions(suggestions=chosen.select_related("mission", "activity"), by=ACCEPTED_BY)
        print(_("Accepted %(n)d suggestions; convoy plan schedules them.") % {"n": count})
    if delegation is not None:
        print()
        print("\n".join(explain_lines(delegation=delegation, language=language)))
    return 0


def find_delegation(*, mission: Mission, key: str) -> Delegation:
    delegation = (
        Delegation.objects.filter(mission=mission, organization__key=key).select_related("organization").first()
    )
    if delegation is None:
        raise UserError(
            _("no delegation “%(key)s” in %(mission)s (give the organization's identifier, e.g. mun-14039)")
            % {"key": key, "mission": mission.slug}
        )
    return delegation
