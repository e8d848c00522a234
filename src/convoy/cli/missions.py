"""``convoy missions``: list the stored missions (``--json`` for scripts)."""

from __future__ import annotations

import argparse
import json

from django.utils.translation import gettext as _

from convoy.cli.output import ensure_database, mission_line
from convoy.missions.models import Mission
from convoy.missions.services.summary import summarize_mission


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "missions",
        help=_("list the stored missions"),
        description=_("List the stored missions with their dates and counts."),
    )
    parser.add_argument("--json", action="store_true", help=_("print one JSON object per mission, for scripts"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ensure_database()
    summaries = [summarize_mission(mission=m) for m in Mission.objects.select_related("organizer")]
    if args.json:
        payload = [
            {
                "id": s.slug,
                "title": s.title,
                "status": s.status,
                "start_date": s.start_date.isoformat(),
                "end_date": s.end_date.isoformat(),
                "legs": [leg.city for leg in s.legs],
                "counts": {
                    "legs": len(s.legs),
                    "delegations": s.delegations,
                    "municipalities": s.municipalities,
                    "states": s.states_represented,
                    "counterparts": s.counterparts,
                    "activities": s.activities,
                    "requests": s.requests,
                },
            }
            for s in summaries
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    if not summaries:
        print(_("No missions stored yet. Load the samples with: convoy demo"))
        return 0
    for summary in summaries:
        print(mission_line(summary))
    return 0
