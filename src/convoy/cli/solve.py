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
from django.utils.translation import ngettext

from convoy.cli.errors import UserError
from convoy.planning.b2b import B2BInstance, answer, b2b_config, to_problem
from convoy.planning.check import CheckReport, check
from convoy.planning.check_terms import candidates_by_delegation
from convoy.planning.config import Config
from convoy.planning.dzn import DznError, read_dzn
from convoy.planning.problem import Problem
from convoy.planning.result import Result
from convoy.planning.serialize import FormatError, problem_from_json, result_from_json, result_to_json
from convoy.planning.solve import ProgressEvent, solve
from convoy.planning.unplaced import with_floor_reasons
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


def _fairness(*, report: CheckReport, problem: Problem) -> dict[str, Any]:
    """What the fairness floor left undone and who got least, from the checker's terms
    (names as the problem gives them)."""
    names = {d.id: d.name for d in problem.delegations}
    terms = report.terms
    wanted = {d for d, n in candidates_by_delegation(problem=problem).items() if n > 0}
    return {
        "below_floor": [{"id": d, "name": names.get(d, d), "lacking": k} for d, k in terms.floor_shortfall.items()],
        "floor_shortfall_total": terms.floor_shortfall_total,
        "worst_off": {
            "activities": terms.worst_off,
            "delegations": sorted(
                names.get(d, d) for d, n in terms.per_delegation.items() if d in wanted and n == terms.worst_off
            ),
        },
    }


def summary(*, result: Result, report: CheckReport, problem: Problem) -> dict[str, Any]:
    """What ``convoy solve`` prints, as plain data (``--json`` prints exactly this).

    ``compactness`` is the tier's value (breaks plus weighted venue changes) with the bound
    proven for it, or None when the result has no such tier (infeasible, greedy)."""
    compactness = result.tier("compactness")
    return {
        "status": result.status,
        "placed": report.terms.meetings_placed,
        "meetings": len(problem.meetings),
        "unplaced": [
            {"id": u.id, "code": u.reason.code, "reason": _pick(u.reason.es, u.reason.en)} for u in result.unplaced
        ],
        "breaks_total": report.terms.breaks_total,
        "breaks_max": report.terms.breaks_max,
        "venue_changes": report.terms.venue_changes,
        "compactness": None if compactness is None else {"value": compactness.value, "bound": compactness.bound},
        **_fairness(report=report, problem=problem),
        "objective": {t.name: t.value for t in result.objective},
        "bound": result.bound,
        "gap": result.gap,
        "seconds": result.statistics.get("wall_time", 0.0),
        "violations": len(report.violations),
        "conflicts": [_pick(c.es, c.en) for c in result.conflicts],
    }


def _some(names: list[str], shown: int = 5) -> str:
    text = ", ".join(names[:shown])
    if len(names) > shown:
        text += ngettext(" and %(n)d more", " and %(n)d more", len(names) - shown) % {"n": len(names) - shown}
    return text


def _breaks_lines(data: dict[str, Any]) -> list[str]:
    """The breaks, with the compactness bound beside them when the tier counts breaks alone
    (no venue changes); otherwise the tier's value and bound on a line of their own."""
    compactness = data["compactness"]
    if compactness is not None and compactness["value"] == data["breaks_total"]:
        return [
            _("Breaks: %(breaks_total)d (bound %(bound)d) in total, at most %(breaks_max)d for one participant.")
            % {**data, "bound": compactness["bound"]}
        ]
    lines = [_("Breaks: %(breaks_total)d in total, at most %(breaks_max)d for one participant.") % data]
    if compactness is not None:
        lines.append(
            ngettext(
                "Compactness (breaks and venue changes): %(value)d, bound %(bound)d; %(n)d venue change.",
                "Compactness (breaks and venue changes): %(value)d, bound %(bound)d; %(n)d venue changes.",
                data["venue_changes"],
            )
            % {**compactness, "n": data["venue_changes"]}
        )
    return lines


def _fairness_lines(data: dict[str, Any]) -> list[str]:
    below = [d["name"] for d in data["below_floor"]]
    lines = [
        ngettext(
            "%(n)d delegation below the fairness floor: %(names)s.",
            "%(n)d delegations below the fairness floor: %(names)s.",
            len(below),
        )
        % {"n": len(below), "names": _some(below)}
        if below
        else _("No delegation below the fairness floor.")
    ]
    worst = data["worst_off"]
    if worst["delegations"]:
        lines.append(
            ngettext(
                "Worst-off delegation: %(names)s, with %(n)d activity.",
                "Worst-off delegation: %(names)s, with %(n)d activities.",
                worst["activities"],
            )
            % {"names": _some(worst["delegations"], 3), "n": worst["activities"]}
        )
    return lines


def _print_summary(data: dict[str, Any]) -> None:
    print(_("Status: %(status)s") % {"status": data["status"]})
    print(_("Placed %(placed)d of %(meetings)d meetings.") % data)
    for item in data["unplaced"]:
        print("  " + _("not placed: %(id)s — %(reason)s") % item)
    for line in (*_breaks_lines(data), *_fairness_lines(data)):
        print(line)
    print(_("Bound %(bound)s, gap %(gap).2f%%, %(seconds).1f s.") % {**data, "gap": 100 * data["gap"]})
    for conflict in data["conflicts"]:
        print("  " + conflict)


def run_solve(args: argparse.Namespace) -> int:
    loaded = load_problem(args.problem, fairness=args.fairness, time_limit=args.time_limit)
    result = solve(loaded.problem, loaded.config, progress=progress_printer())
    print(file=sys.stderr)
    result = with_floor_reasons(problem=loaded.problem, result=result, soft_floor=loaded.config.soft_floor)
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
    data: dict[str, Any] = {
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
