"""``convoy solve PROBLEM -o AGENDA`` and ``convoy check PROBLEM AGENDA``.

PROBLEM is a planning problem (.json, docs/reference/problem-schema.md) or a B2B
instance in the MiniZinc data format of Bofill et al. (.dzn).  The optimizer itself is
``convoy.planning``; this module only reads files, reports progress and prints summaries.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from django.utils import translation
from django.utils.translation import gettext as _

from convoy.cli.errors import UserError
from convoy.planning.b2b import B2BInstance, answer, b2b_config, to_problem
from convoy.planning.check import CheckReport, check
from convoy.planning.config import Config
from convoy.planning.dzn import DznError, read_dzn
from convoy.planning.problem import Problem
from convoy.planning.result import Result
from convoy.planning.serialize import FormatError, problem_from_json, result_from_json, result_to_json
from convoy.planning.solve import ProgressEvent, solve
from convoy.planning.validate import problems_in


@dataclass(frozen=True)
class Loaded:
    problem: Problem
    config: Config
    instance: B2BInstance | None


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    solver = subparsers.add_parser(
        "solve",
        help=_("compute an optimal agenda for a planning problem (.json or .dzn)"),
        description=_(
            "Place the meetings of a planning problem (.json) or a B2B instance (.dzn), "
            "write the agenda as JSON and print a summary."
        ),
    )
    solver.add_argument("problem", type=Path, metavar=_("PROBLEM"), help=_("a problem (.json) or B2B instance (.dzn)"))
    solver.add_argument(
        "-o", "--output", type=Path, required=True, metavar=_("AGENDA"), help=_("the agenda JSON file to write")
    )
    solver.add_argument(
        "--time-limit",
        type=float,
        default=10.0,
        metavar=_("SECONDS"),
        help=_("stop searching after this many seconds (default 10)"),
    )
    solver.add_argument(
        "--fairness",
        type=int,
        default=None,
        metavar="D",
        help=_("at most D breaks between the most and the least of any two participants (default 2 for .dzn)"),
    )
    solver.add_argument("--json", action="store_true", help=_("print the summary as JSON"))
    solver.set_defaults(func=run_solve)
    checker = subparsers.add_parser(
        "check",
        help=_("check an agenda against its problem"),
        description=_("List every violated rule and the objective terms; exit 1 when a rule is violated."),
    )
    checker.add_argument("problem", type=Path, metavar=_("PROBLEM"), help=_("a problem (.json) or B2B instance (.dzn)"))
    checker.add_argument(
        "agenda", type=Path, metavar=_("AGENDA"), help=_("an agenda JSON file written by convoy solve")
    )
    checker.add_argument(
        "--fairness", type=int, default=None, metavar="D", help=_("the fairness bound to check (default 2 for .dzn)")
    )
    checker.add_argument("--json", action="store_true", help=_("print the report as JSON"))
    checker.set_defaults(func=run_check)


def _pick(es: str, en: str) -> str:
    return es if (translation.get_language() or "es").startswith("es") else en


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(_("%(path)s: no such file") % {"path": path}) from None
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(_("%(path)s: cannot read the file (%(reason)s)") % {"path": path, "reason": error}) from None


def load_problem(path: Path, *, fairness: int | None, time_limit: float = 10.0) -> Loaded:
    """The problem in ``path`` with the configuration its format implies."""
    text = _read_text(path)
    if path.suffix.lower() == ".dzn":
        try:
            instance = read_dzn(text, name=path.stem)
        except DznError as error:
            raise UserError(
                _("%(path)s, line %(line)d: %(message)s")
                % {"path": path, "line": error.line, "message": _pick(error.es, error.en)}
            ) from None
        config = b2b_config(fairness=2 if fairness is None else fairness, time_limit=time_limit)
        return Loaded(problem=to_problem(instance), config=config, instance=instance)
    if path.suffix.lower() != ".json":
        raise UserError(_("%(path)s: expected a .json or .dzn file") % {"path": path})
    try:
        problem = problem_from_json(text)
    except FormatError as error:
        raise UserError(
            _("%(path)s, %(where)s: %(message)s")
            % {"path": path, "where": error.path, "message": _pick(error.es, error.en)}
        ) from None
    found = problems_in(problem)
    if found:
        lines = [
            _("%(path)s, %(where)s: %(message)s") % {"path": path, "where": e.path, "message": _pick(e.es, e.en)}
            for e in found[:20]
        ]
        raise UserError("\n".join(lines))
    return Loaded(problem=problem, config=Config(time_limit=time_limit, fairness=fairness), instance=None)


def progress_printer() -> Callable[[ProgressEvent], None]:
    """A progress callback; the text is translated here because the solver calls back from
    its own thread, where the active language is not set."""
    template = _("[%(tier)s] best %(value)s, bound %(bound)s, %(seconds).1f s")

    def show(event: ProgressEvent) -> None:
        line = template % {
            "tier": event.tier,
            "value": round(event.value),
            "bound": round(event.bound),
            "seconds": event.elapsed,
        }
        print(f"\r{line:<70}", end="", file=sys.stderr, flush=True)

    return show


def summary(*, result: Result, report: CheckReport, problem: Problem) -> dict[str, Any]:
    """What ``convoy solve`` prints, as plain data (``--json`` prints exactly this)."""
    return {
        "status": result.status,
        "placed": report.terms.meetings_placed,
        "meetings": len(problem.meetings),
        "unplaced": [
            {"id": u.id, "code": u.reason.code, "reason": _pick(u.reason.es, u.reason.en)} for u in result.unplaced
        ],
        "breaks_total": report.terms.breaks_total,
        "breaks_max": report.terms.breaks_max,
        "objective": {t.name: t.value for t in result.objective},
        "bound": result.bound,
        "gap": result.gap,
        "seconds": result.statistics.get("wall_time", 0.0),
        "violations": len(report.violations),
        "conflicts": [_pick(c.es, c.en) for c in result.conflicts],
    }


def _print_summary(data: dict[str, Any]) -> None:
    print(_("Status: %(status)s") % {"status": data["status"]})
    print(_("Placed %(placed)d of %(meetings)d meetings.") % data)
    for item in data["unplaced"]:
        print("  " + _("not placed: %(id)s — %(reason)s") % item)
    print(_("Breaks: %(breaks_total)d in total, at most %(breaks_max)d for one participant.") % data)
    print(_("Bound %(bound)s, gap %(gap).2f%%, %(seconds).1f s.") % {**data, "gap": 100 * data["gap"]})
    for conflict in data["conflicts"]:
        print("  " + conflict)


def run_solve(args: argparse.Namespace) -> int:
    loaded = load_problem(args.problem, fairness=args.fairness, time_limit=args.time_limit)
    result = solve(loaded.problem, loaded.config, progress=progress_printer())
    print(file=sys.stderr)
    report = check(loaded.problem, result, config=loaded.config)
    if loaded.instance is not None and result.placements:
        result = replace(
            result, b2b=answer(instance=loaded.instance, placements=result.placements, breaks=report.terms.breaks_total)
        )
    try:
        args.output.write_text(result_to_json(result), encoding="utf-8")
    except OSError as error:
        raise UserError(
            _("%(path)s: cannot write the file (%(reason)s)") % {"path": args.output, "reason": error}
        ) from None
    data = summary(result=result, report=report, problem=loaded.problem)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_summary(data)
    return 0 if result.status in ("optimal", "feasible") else 1


def run_check(args: argparse.Namespace) -> int:
    loaded = load_problem(args.problem, fairness=args.fairness)
    text = _read_text(args.agenda)
    try:
        agenda = result_from_json(text)
    except FormatError as error:
        raise UserError(
            _("%(path)s, %(where)s: %(message)s")
            % {"path": args.agenda, "where": error.path, "message": _pick(error.es, error.en)}
        ) from None
    report = check(loaded.problem, agenda, config=loaded.config)
    terms = report.terms
    data = {
        "violations": [{"kind": v.kind, "message": _pick(v.es, v.en), "ids": list(v.ids)} for v in report.violations],
        "placed": terms.meetings_placed,
        "breaks_total": terms.breaks_total,
        "breaks_max": terms.breaks_max,
        "venue_changes": terms.venue_changes,
        "worst_off": terms.worst_off,
        "value": terms.value,
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for v in data["violations"]:
            print(_("violation (%(kind)s): %(message)s") % v)
        print(
            _(
                "%(count)d violations; %(placed)d meetings placed; "
                "breaks %(breaks_total)d in total, at most %(breaks_max)d."
            )
            % {**data, "count": len(report.violations)}
        )
    return 1 if report.violations else 0
