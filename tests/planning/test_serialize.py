from __future__ import annotations

import pytest

from convoy.planning.config import Config
from convoy.planning.problem import (
    FixedActivity,
    GroupSession,
    Interest,
    Meeting,
    Precedence,
    SlotRef,
)
from convoy.planning.result import Message, Placement, Result, TierValue, Unplaced
from convoy.planning.serialize import (
    FormatError,
    config_from_json,
    dumps,
    problem_from_json,
    problem_to_json,
    result_from_json,
    result_to_json,
)

from .factory import pair_problem


def rich_problem():
    base = pair_problem(
        meetings=(
            Meeting(id="m1", participants=("a", "x"), weight=3, mandatory=True, session="morning"),
            Meeting(id="m2", participants=("b", "y"), pinned=SlotRef(day="d1", slot=2)),
        ),
        tables=2,
    )
    return type(base)(
        legs=base.legs,
        venues=base.venues,
        delegations=base.delegations,
        counterparts=base.counterparts,
        meetings=base.meetings,
        fixed=(FixedActivity(id="f1", name="Plenary", day="d1", start=3, duration=1, attendees=("a", "b")),),
        group_sessions=(GroupSession(id="g1", host="x", seats=1, interested=(Interest(delegation="a", weight=2),)),),
        precedences=(Precedence(before="m1", after="m2"),),
    )


def test_problem_json_round_trip_is_exact():
    text = problem_to_json(rich_problem())
    assert problem_from_json(text) == rich_problem()
    assert problem_to_json(problem_from_json(text)) == text


def test_result_and_config_round_trip():
    result = Result(
        status="optimal",
        placements=(
            Placement(
                id="m1",
                kind="meeting",
                participants=("a", "x"),
                day="d1",
                start=0,
                duration=1,
                venue="hall",
                tracks=(0, 0),
            ),
        ),
        objective=(TierValue(tier=1, name="mandatory", value=1, bound=1, sense="max"),),
        parameters={"num_workers": "2"},
        statistics={"wall_time": 0.5},
        unplaced=(Unplaced(id="m2", reason=Message(code="no_slot", es="sin hueco", en="no slot", ids=("m2",))),),
    )
    text = result_to_json(result)
    assert result_from_json(text) == result
    assert result_to_json(result_from_json(text)) == text
    assert config_from_json(dumps(Config(fairness=2))) == Config(fairness=2)


def test_errors_name_the_json_path():
    text = problem_to_json(rich_problem()).replace('"weight": 3', '"weight": "three"')
    with pytest.raises(FormatError) as error:
        problem_from_json(text)
    assert error.value.path == "$.meetings[0].weight"
    assert error.value.en == "must be an integer"


def test_unknown_fields_and_bad_literals_are_rejected():
    text = problem_to_json(rich_problem()).replace('"session": "morning"', '"session": "evening"')
    with pytest.raises(FormatError) as error:
        problem_from_json(text)
    assert error.value.path == "$.meetings[0].session"
    with pytest.raises(FormatError) as error:
        problem_from_json('{"legs": [], "colour": 1}')
    assert error.value.path == "$.colour"


def test_syntax_errors_give_line_and_column():
    with pytest.raises(FormatError) as error:
        problem_from_json('{"legs": [\n,]}')
    assert error.value.path == "line 2, column 1"


def test_wrong_schema_version_is_rejected():
    with pytest.raises(FormatError) as error:
        problem_from_json('{"legs": [], "schema_version": 7}')
    assert error.value.path == "$.schema_version"
