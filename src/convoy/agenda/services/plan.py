"""Plan a mission: build the problem, solve it, judge it with the checker, store a draft.

An infeasible problem yields its explanation and no agenda; a result the independent
checker rejects is never stored (its violations are returned instead).
"""

from __future__ import annotations

from dataclasses import dataclass

from convoy.agenda.models import AgendaVersion
from convoy.agenda.models.choices import Origin
from convoy.agenda.services.build_activities import Note
from convoy.agenda.services.build_problem import build_problem
from convoy.agenda.services.solving import OnProgress, solve_with_progress
from convoy.agenda.services.store import store_version
from convoy.missions.models import Mission
from convoy.missions.models.choices import MissionStatus
from convoy.planning.check import check
from convoy.planning.check_rules import Violation
from convoy.planning.config import Config
from convoy.planning.problem import Problem
from convoy.planning.result import Result


@dataclass(frozen=True)
class PlanOutcome:
    """What a planning run produced: a stored draft, or why there is none."""

    result: Result
    notes: tuple[Note, ...] = ()
    version: AgendaVersion | None = None
    violations: tuple[Violation, ...] = ()


def solve_and_store(
    *,
    mission: Mission,
    problem: Problem,
    config: Config,
    notes: tuple[Note, ...] = (),
    origin: str = Origin.SOLVER,
    progress: OnProgress | None = None,
    created_by: str = "",
    note: str = "",
) -> PlanOutcome:
    result = solve_with_progress(problem=problem, config=config, on_progress=progress)
    if result.status not in ("optimal", "feasible"):
        return PlanOutcome(result=result, notes=notes)
    report = check(problem, result, config=config)
    if not report.ok:
        return PlanOutcome(result=result, notes=notes, violations=report.violations)
    version = store_version(
        mission=mission,
        problem=problem,
        result=result,
        report=report,
        origin=origin,
        created_by=created_by,
        note=note,
        left_out=[{"key": n.key, "text": n.text} for n in notes],
    )
    if mission.status == MissionStatus.DRAFT:
        Mission.objects.filter(pk=mission.pk).update(status=MissionStatus.PLANNING)
    return PlanOutcome(result=result, notes=notes, version=version)


def plan_mission(
    *, mission: Mission, time_limit: float = 10.0, progress: OnProgress | None = None, created_by: str = ""
) -> PlanOutcome:
    """Solve ``mission`` as stored now and store the agenda as a new draft version."""
    built = build_problem(mission=mission)
    return solve_and_store(
        mission=mission,
        problem=built.problem,
        config=Config(time_limit=time_limit),
        notes=built.notes,
        progress=progress,
        created_by=created_by,
    )
