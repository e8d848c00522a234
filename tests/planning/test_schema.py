from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema

from convoy.planning.schema import agenda_schema, problem_schema
from convoy.planning.serialize import problem_from_json, problem_to_json

DOCS = Path(__file__).resolve().parents[2] / "docs" / "reference"


def example() -> str:
    text = (DOCS / "problem-schema.md").read_text()
    match = re.search(r"```json\n(.*?)```", text, re.S)
    assert match is not None
    return match.group(1)


def test_committed_schemas_match_the_code():
    assert json.loads((DOCS / "problem.schema.json").read_text()) == problem_schema()
    assert json.loads((DOCS / "agenda.schema.json").read_text()) == agenda_schema()


def test_documented_example_is_valid_and_parses():
    data = json.loads(example())
    jsonschema.validate(data, problem_schema())
    problem = problem_from_json(example())
    assert problem.name == "Convoy LA"
    assert json.loads(problem_to_json(problem)) == data


def test_schema_rejects_what_the_reader_rejects():
    data = json.loads(example())
    data["meetings"][0]["session"] = "evening"
    validator = jsonschema.Draft202012Validator(problem_schema())
    errors = list(validator.iter_errors(data))
    assert len(errors) == 1
    assert list(errors[0].absolute_path)[:3] == ["meetings", 0, "session"]
