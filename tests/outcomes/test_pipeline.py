"""Stage transitions: forward only, final stages stay final, evidence and reasons required."""

from __future__ import annotations

import datetime as dt

import pytest

from convoy.missions.models import Mission
from convoy.outcomes.models import Outcome
from convoy.outcomes.services.pipeline import InvalidTransitionError, Step, advance_stage, check_history, check_step

D = dt.date


def keys(steps: list[Step]) -> list[tuple[int, str]]:
    return [(index, problem.key) for index, problem in check_history(steps=steps)]


def test_the_whole_pipeline_in_order_is_valid() -> None:
    steps = [
        Step("lead", D(2023, 3, 1)),
        Step("qualified", D(2023, 4, 1)),
        Step("active", D(2023, 5, 1)),
        Step("decision", D(2023, 6, 1)),
        Step("announced", D(2023, 7, 1), evidence="press release"),
        Step("realized", D(2024, 7, 1), evidence="IMSS registrations"),
    ]
    assert keys(steps) == []


def test_stages_may_be_skipped_forward_but_never_go_back() -> None:
    assert keys([Step("lead", D(2023, 3, 1)), Step("announced", D(2023, 4, 1), evidence="e")]) == []
    assert keys([Step("active", D(2023, 3, 1)), Step("qualified", D(2023, 4, 1))]) == [(1, "backward")]
    assert keys([Step("lead", D(2023, 3, 1)), Step("lead", D(2023, 4, 1))]) == [(1, "backward")]


def test_realized_and_lost_are_final() -> None:
    realized = [Step("realized", D(2023, 3, 1), evidence="e"), Step("lost", D(2023, 4, 1), reason="r")]
    assert keys(realized) == [(1, "final")]
    assert keys([Step("lost", D(2023, 3, 1), reason="r"), Step("lead", D(2023, 4, 1))]) == [(1, "final")]


def test_lost_needs_a_reason_and_announcements_need_evidence() -> None:
    assert keys([Step("lead", D(2023, 3, 1)), Step("lost", D(2023, 4, 1))]) == [(1, "reason")]
    assert keys([Step("announced", D(2023, 3, 1))]) == [(0, "evidence")]
    assert keys([Step("realized", D(2023, 3, 1), evidence="  ")]) == [(0, "evidence")]


def test_dates_never_go_back() -> None:
    assert keys([Step("lead", D(2023, 3, 1)), Step("qualified", D(2023, 2, 1))]) == [(1, "date")]


def test_problems_read_in_both_languages() -> None:
    problem = check_step(current=Step("active", D(2023, 3, 1)), step=Step("qualified", D(2023, 4, 1)))
    assert problem is not None
    assert problem.es == "De “proyecto activo” no se puede pasar a “calificado”: las etapas solo avanzan."
    assert problem.en == "From “active project” an outcome cannot go to “qualified”: stages only move forward."


def test_advance_stage_records_the_transition_and_refuses_invalid_ones(stored: Mission) -> None:
    outcome = Outcome.objects.get(mission=stored, key="nihon-plant")
    advance_stage(outcome=outcome, step=Step("realized", D(2024, 2, 1), evidence="registro RNIE"))
    outcome.refresh_from_db()
    assert outcome.stage == "realized"
    assert list(outcome.transitions.values_list("stage", "date")) == [
        ("lead", D(2023, 2, 28)),
        ("announced", D(2023, 7, 14)),
        ("realized", D(2024, 2, 1)),
    ]
    with pytest.raises(InvalidTransitionError) as error:
        advance_stage(outcome=outcome, step=Step("lost", D(2024, 3, 1), reason="cerró"))
    assert error.value.problem.key == "final"
    outcome.refresh_from_db()
    assert (outcome.stage, outcome.transitions.count()) == ("realized", 3)
