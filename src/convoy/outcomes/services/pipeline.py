"""Pipeline stages: lead → qualified → active → decision → announced → realized, or lost.

An outcome moves forward only (stages may be skipped when news arrives late: a company
can announce before we ever qualified the lead); ``realized`` and ``lost`` are final;
``lost`` needs a reason, ``announced`` and ``realized`` need evidence; dates never go back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction

from convoy.outcomes.models import Outcome, StageTransition
from convoy.outcomes.models.choices import STAGE_ORDER, Stage
from convoy.outcomes.services.labels import label

FINAL = frozenset({Stage.REALIZED, Stage.LOST})
NEEDS_EVIDENCE = frozenset({Stage.ANNOUNCED, Stage.REALIZED})


@dataclass(frozen=True)
class Step:
    stage: str
    date: dt.date
    evidence: str = ""
    reason: str = ""


@dataclass(frozen=True)
class StageProblem:
    """Why a step is refused: a message key, its parameters and both renderings."""

    key: str
    es: str
    en: str


class InvalidTransitionError(ValueError):
    def __init__(self, problem: StageProblem) -> None:
        super().__init__(problem.en)
        self.problem = problem


def rank(stage: str) -> int:
    """Position in the pipeline; ``lost`` ranks below every open stage."""
    return STAGE_ORDER.index(Stage(stage)) if stage != Stage.LOST else -1


def check_step(*, current: Step | None, step: Step) -> StageProblem | None:
    """The problem with going from ``current`` (None: nothing recorded yet) to ``step``, if any."""
    if step.stage not in Stage.values:
        return StageProblem("unknown", f"“{step.stage}” no es una etapa.", f"“{step.stage}” is not a stage.")
    new_es, new_en = _names(step.stage)
    if step.stage == Stage.LOST and not step.reason.strip():
        return StageProblem("reason", "Una oportunidad perdida necesita un motivo.", "A lost outcome needs a reason.")
    if step.stage in NEEDS_EVIDENCE and not step.evidence.strip():
        return StageProblem(
            "evidence",
            f"La etapa “{new_es}” necesita evidencia (fuente, documento o registro).",
            f"Stage “{new_en}” needs evidence (a source, document or record).",
        )
    if current is None:
        return None
    old_es, old_en = _names(current.stage)
    if current.stage in FINAL:
        return StageProblem(
            "final",
            f"La etapa “{old_es}” es final; no puede pasar a “{new_es}”.",
            f"Stage “{old_en}” is final; it cannot move to “{new_en}”.",
        )
    if step.stage != Stage.LOST and rank(step.stage) <= rank(current.stage):
        return StageProblem(
            "backward",
            f"De “{old_es}” no se puede pasar a “{new_es}”: las etapas solo avanzan.",
            f"From “{old_en}” an outcome cannot go to “{new_en}”: stages only move forward.",
        )
    if step.date < current.date:
        return StageProblem(
            "date",
            f"La fecha {step.date.isoformat()} es anterior a la de la etapa “{old_es}” ({current.date.isoformat()}).",
            f"The date {step.date.isoformat()} is before that of stage “{old_en}” ({current.date.isoformat()}).",
        )
    return None


def _names(stage: str) -> tuple[str, str]:
    return label(group="stage", value=stage, lang="es"), label(group="stage", value=stage, lang="en")


def check_history(*, steps: list[Step]) -> list[tuple[int, StageProblem]]:
    """Every problem of a recorded history, with the index of the step it belongs to."""
    problems, current = [], None
    for index, step in enumerate(steps):
        problem = check_step(current=current, step=step)
        if problem is not None:
            problems.append((index, problem))
        else:
            current = step
    return problems


def last_step(*, outcome: Outcome) -> Step | None:
    transition = outcome.transitions.order_by("-date", "-id").first()
    if transition is None:
        return None
    return Step(transition.stage, transition.date, transition.evidence, transition.reason)


@transaction.atomic
def advance_stage(*, outcome: Outcome, step: Step) -> StageTransition:
    """Record that ``outcome`` reached ``step.stage``; refuse invalid moves."""
    problem = check_step(current=last_step(outcome=outcome), step=step)
    if problem is not None:
        raise InvalidTransitionError(problem)
    created = StageTransition.objects.create(
        outcome=outcome, stage=step.stage, date=step.date, evidence=step.evidence, reason=step.reason
    )
    outcome.stage = step.stage
    outcome.save(update_fields=["stage"])
    return created
