"""``convoy solve`` and ``convoy check`` on small B2B and convoy problems."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from django.utils import translation

from convoy.cli import main
from convoy.planning.dzn import write_dzn
from convoy.planning.generate import B2BSpec, generate_b2b
from convoy.planning.problem import Counterpart, Day, Delegation, Leg, Meeting, Problem, Window
from convoy.planning.serialize import problem_to_json

INSTANCE = generate_b2b(B2BSpec(n_business=10, n_meetings=18, n_slots=6, n_tables=5), seed=11)


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    with translation.override("es"):
        code = main(["--lang", "en", *[str(a) for a in args]])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dzn(tmp_path: Path) -> Path:
    path = tmp_path / "event.dzn"
    path.write_text(write_dzn(INSTANCE))
    return path


def test_solve_dzn_writes_the_b2b_answer(capsys, dzn, tmp_path):
    agenda = tmp_path / "agenda.json"
    code, out, err = run(capsys, "solve", dzn, "-o", agenda, "--time-limit", "5")
    assert code == 0
    assert "[compactness] best" in err
    data = json.loads(agenda.read_text())
    slots = data["b2b"]["slots"]
    assert len(slots) == 18 and all(1 <= s <= 6 for s in slots)
    lines = out.splitlines()
    assert lines[0] == "Status: optimal"
    assert lines[1] == "Placed 18 of 18 meetings."
    assert lines[2].startswith(f"Breaks: {data['b2b']['breaks']} in total, at most ")
    assert run(capsys, "check", dzn, agenda)[0] == 0


def test_solve_json_summary(capsys, dzn, tmp_path):
    code, out, _err = run(
        capsys, "solve", dzn, "-o", tmp_path / "a.json", "--time-limit", "5", "--fairness", "1", "--json"
    )
    data = json.loads(out)
    assert code == 0
    assert (data["status"], data["placed"], data["meetings"], data["unplaced"], data["gap"]) == (
        "optimal",
        18,
        18,
        [],
        0.0,
    )
    assert data["breaks_max"] <= data["breaks_total"]
    assert data["objective"]["compactness"] == data["breaks_total"] == data["bound"]


def test_check_reports_violations_and_exits_1(capsys, dzn, tmp_path):
    agenda = tmp_path / "agenda.json"
    run(capsys, "solve", dzn, "-o", agenda, "--time-limit", "5")
    data = json.loads(agenda.read_text())
    first = data["placements"][0]
    clash = next(p for p in data["placements"][1:] if set(p["participants"]) & set(first["participants"]))
    clash["start"] = first["start"]
    agenda.write_text(json.dumps(data))
    code, out, _err = run(capsys, "check", dzn, agenda)
    assert code == 1
    assert "violation (capacity)" in out


def test_unplaced_meetings_are_listed_with_reasons(capsys, tmp_path):
    day = Day(id="d", date="2026-02-27", slots=2)
    problem = Problem(
        legs=(Leg(id="la", name="LA", days=(day,)),),
        delegations=(Delegation(id="a", name="Aguascalientes"),),
        counterparts=(Counterpart(id="n", name="Netflix", leg="la", availability=(Window(day="d", start=0, end=1),)),),
        meetings=(Meeting(id="m1", participants=("a", "n"), weight=2), Meeting(id="m2", participants=("a", "n"))),
    )
    path = tmp_path / "p.json"
    path.write_text(problem_to_json(problem))
    code, out, _err = run(capsys, "solve", path, "-o", tmp_path / "a.json", "--time-limit", "2")
    assert code == 0
    assert (
        "  not placed: m2 — Aguascalientes / Netflix: Netflix is already busy at every possible time"
        in out.splitlines()
    )
    infeasible = replace(problem, meetings=tuple(replace(m, mandatory=True) for m in problem.meetings))
    path.write_text(problem_to_json(infeasible))
    code, out, _err = run(capsys, "solve", path, "-o", tmp_path / "a.json", "--time-limit", "2")
    assert code == 1
    assert "Status: infeasible" in out
    assert "Netflix has 30 free minutes on 2026-02-27 but two mandatory meetings need it" in out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.dzn", "nBusiness = 3;\nnMeetings = ;\n", "bad.dzn, line 2: unexpected ';'"),
        ("bad.json", '{"legs": [{"id": 3}]}', "bad.json, $.legs[0].id: must be a string"),
        ("bad.json", '{"legs": [', "bad.json, line 1, column 11: not valid JSON"),
        ("bad.txt", "", "bad.txt: expected a .json or .dzn file"),
        (
            "ref.json",
            '{"legs": [], "meetings": [{"id": "m", "participants": ["a", "b"]}]}',
            "ref.json, $.meetings[0].participants[0]: unknown participant 'a'",
        ),
    ],
)
def test_bad_input_says_where_and_what(capsys, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content)
    code, _out, err = run(capsys, "solve", path, "-o", tmp_path / "a.json")
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_missing_file(capsys, tmp_path):
    code, _out, err = run(capsys, "check", tmp_path / "none.dzn", tmp_path / "a.json")
    assert code == 2
    assert err.strip().endswith("none.dzn: no such file")
