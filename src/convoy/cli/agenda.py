"""``convoy plan``, ``convoy publish``, ``convoy diff`` and ``convoy replan``: stored agendas.

Logic lives in ``convoy.agenda.services``; this module reads arguments, prints, and turns
the agenda app's errors into ``UserError``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from django.utils.translation import gettext as _

from convoy.agenda.models import PlanningRun
from convoy.agenda.models.choices import RunStatus
from convoy.agenda.services import runs
from convoy.agenda.services.changes import Changes
from convoy.agenda.services.diff import diff_versions
from convoy.agenda.services.errors import AgendaError
from convoy.agenda.services.lookup import find_mission, find_version, published_version
from convoy.agenda.services.publish import publish_version
from convoy.agenda.services.render import diff_data, diff_lines, summary_lines
from convoy.agenda.services.summary import summarize_version
from convoy.cli.errors import UserError
from convoy.cli.output import user_errors

_user_errors = user_errors(AgendaError)


def _who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"


def _positive(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(_("must be a positive number of seconds"))
    return value


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--time-limit", type=_positive, default=10.0, metavar="S", help=_("seconds the solver may use (default 10)")
    )
    parser.add_argument(
        "--wait",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=_("carry out the run here and wait for it (default); --no-wait only queues it for a worker"),
    )


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    plan = subparsers.add_parser(
        "plan",
        help=_("plan a mission's agenda as a background task and store a draft"),
        description=_("Build the planning problem from the stored mission, solve it and store a draft agenda version."),
    )
    plan.add_argument("mission", metavar="MISSION", help=_("mission identifier (slug)"))
    _add_run_options(plan)
    plan.set_defaults(func=run_plan)

    publish = subparsers.add_parser("publish", help=_("publish a draft agenda version"))
    publish.add_argument("mission", metavar="MISSION", help=_("mission identifier (slug)"))
    publish.add_argument(
        "version", metavar="VERSION", type=int, nargs="?", help=_("version number (default: latest draft)")
    )
    publish.set_defaults(func=run_publish)

    diff = subparsers.add_parser("diff", help=_("show what changed between two agenda versions"))
    diff.add_argument("mission", metavar="MISSION", help=_("mission identifier (slug)"))
    diff.add_argument("old", metavar="V1", type=int, help=_("older version number"))
    diff.add_argument("new", metavar="V2", type=int, help=_("newer version number"))
    diff.add_argument("--json", action="store_true", help=_("print the changes as JSON, for scripts"))
    diff.set_defaults(func=run_diff)

    replan = subparsers.add_parser(
        "replan",
        help=_("re-plan the published agenda after a change, moving as little as possible"),
        description=_("Re-plan the published agenda after a change; confirmed meetings keep their time."),
    )
    replan.add_argument("mission", metavar="MISSION", help=_("mission identifier (slug)"))
    what = replan.add_mutually_exclusive_group(required=True)
    what.add_argument("--cancel", metavar="COUNTERPART_ORG_KEY", help=_("a counterpart cancels"))
    what.add_argument(
        "--remove-slot", nargs=3, metavar=("LEG", "DATE", "HH:MM"), help=_("a slot can no longer be used")
    )
    what.add_argument("--add-delegation", metavar="ORG_KEY", help=_("a delegation joins"))
    replan.add_argument("--leg", metavar="CODE", help=_("with --cancel: only in this leg"))
    _add_run_options(replan)
    replan.set_defaults(func=run_replan)


def _print_progress(run: PlanningRun) -> None:
    print(f"[{run.progress:4.0%}] {run.message}", file=sys.stderr, flush=True)


def _carry_out(run: PlanningRun, *, wait: bool) -> PlanningRun | None:
    if not wait:
        print(
            _("Queued planning run %(id)d for mission %(slug)s; a worker will carry it out (django-admin db_worker).")
            % {"id": run.pk, "slug": run.mission.slug}
        )
        return None
    patience = 3 * run.time_limit + 60  # a worker that took the run but died leaves it running
    with runs.listening(_print_progress):
        if not runs.work_on(run=run):
            runs.wait_for(run=run, on_update=_print_progress, timeout=patience)
    run.refresh_from_db()
    if run.status not in runs.FINISHED:
        raise UserError(
            _("Planning run %(id)d is still %(status)s after %(seconds)d s; its worker may have stopped.")
            % {"id": run.pk, "status": run.get_status_display(), "seconds": patience}
        )
    return run


def _report(run: PlanningRun) -> int:
    if run.status != RunStatus.DONE or run.version is None:
        print(_("No agenda was stored: %(reason)s") % {"reason": run.error}, file=sys.stderr)
        return 1
    print("\n".join(summary_lines(summarize_version(version=run.version))))
    return 0


@_user_errors
def run_plan(args: argparse.Namespace) -> int:
    mission = find_mission(slug=args.mission)
    run = _carry_out(runs.start_run(mission=mission, time_limit=args.time_limit, created_by=_who()), wait=args.wait)
    if run is None:
        return 0
    code = _report(run)
    if code == 0 and run.version is not None:
        print(
            _("Draft version %(number)d stored. Publish it with: convoy publish %(slug)s %(number)d")
            % {"number": run.version.number, "slug": mission.slug}
        )
    return code


@_user_errors
def run_publish(args: argparse.Namespace) -> int:
    mission = find_mission(slug=args.mission)
    version, previous = publish_version(mission=mission, number=args.version)
    print(_("Published version %(number)d of %(slug)s.") % {"number": version.number, "slug": mission.slug})
    if previous is not None:
        print(_("Version %(number)d is now superseded.") % {"number": previous.number})
    return 0


@_user_errors
def run_diff(args: argparse.Namespace) -> int:
    mission = find_mission(slug=args.mission)
    diff = diff_versions(
        old=find_version(mission=mission, number=args.old), new=find_version(mission=mission, number=args.new)
    )
    if args.json:
        print(json.dumps(diff_data(diff), ensure_ascii=False, indent=2))
    else:
        print("\n".join(diff_lines(diff)))
    return 0


@_user_errors
def run_replan(args: argparse.Namespace) -> int:
    mission = find_mission(slug=args.mission)
    if args.leg and not args.cancel:
        raise UserError(_("--leg goes with --cancel."))
    published = published_version(mission=mission)  # start_run refuses when there is none
    changes = Changes(
        cancel=args.cancel or "",
        leg=args.leg or "",
        remove_slot=tuple(args.remove_slot) if args.remove_slot else None,
        add_delegation=args.add_delegation or "",
    )
    run = _carry_out(
        runs.start_run(mission=mission, time_limit=args.time_limit, changes=changes, created_by=_who()), wait=args.wait
    )
    if run is None:
        return 0
    code = _report(run)
    if code == 0 and run.version is not None and published is not None:
        print()
        print("\n".join(diff_lines(diff_versions(old=published, new=run.version))))
    return code
