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
from convoy.planning.problem import Counterpart, Day, Delegation, Leg, Meeting, Problem, Venue, Window
from convoy.planning.serialize import problem_to_json

INSTANCE = generate_b2b(B2BSpec(n_business=10, n_meetings=18, n_slots=6, n_tables=5), seed=11)


def run(capsys: pytest.CaptureFixture[str], *args: object, lang: str = "en") -> tuple[int, str, str]:
    with translation.override("es"):
        code = main(["--lang", lang, *[str(a) for a in args]])
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
    compactness = next(t for t in data["objective"] if t["name"] == "compactness")
    assert compactness["value"] == data["b2b"]["breaks"]
    assert lines[2].startswith(f"Breaks: {data['b2b']['breaks']} (bound {compactness['bound']}) in total, at most ")
    assert lines[3] == "No delegation below the fairness floor."
    assert lines[4].startswith("Worst-off delegation: ") and lines[4].endswith((" activity.", " activities."))
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
    assert data["compactness"] == {"value": data["breaks_total"], "bound": data["bound"]}
    assert (data["below_floor"], data["floor_shortfall_total"]) == ([], 0)
    fewest = min(sum(row[:2].count(b) for row in INSTANCE.requested) for b in range(1, 11))
    assert data["worst_off"]["activities"] == fewest and data["worst_off"]["delegations"]


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


def floor_problem(*, a_elsewhere: bool) -> Problem:
    """Netflix (capacity 1) is free for two slots; Aguascalientes (weight 3), Baja California
    (weight 2) and Colima want it.  With ``a_elsewhere`` Aguascalientes also meets Hulu in a
    third slot, so the fairness floor gives Netflix's slots to the other two; without it,
    Colima (the lightest) is left out and below the floor."""
    day = Day(id="d", date="2026-02-27", slots=3)
    meetings = [
        Meeting(id="an", participants=("a", "n"), weight=3),
        Meeting(id="bn", participants=("b", "n"), weight=2),
        Meeting(id="cn", participants=("c", "n")),
    ]
    if a_elsewhere:
        meetings.append(Meeting(id="ah", participants=("a", "h")))
    return Problem(
        legs=(Leg(id="la", name="LA", days=(day,)),),
        delegations=(
            Delegation(id="a", name="Aguascalientes"),
            Delegation(id="b", name="Baja California"),
            Delegation(id="c", name="Colima"),
        ),
        counterparts=(
            Counterpart(id="n", name="Netflix", leg="la", availability=(Window(day="d", start=0, end=2),)),
            Counterpart(id="h", name="Hulu", leg="la", availability=(Window(day="d", start=2, end=3),)),
        ),
        meetings=tuple(meetings),
    )


def solve_lines(capsys, tmp_path, problem: Problem, *extra: str, lang: str = "en") -> tuple[list[str], dict]:
    path = tmp_path / "p.json"
    path.write_text(problem_to_json(problem))
    agenda = tmp_path / "a.json"
    code, out, _err = run(capsys, "solve", path, "-o", agenda, "--time-limit", "3", *extra, lang=lang)
    assert code == 0
    assert run(capsys, "check", path, agenda)[0] == 0
    return out.splitlines(), json.loads(agenda.read_text())


def test_summary_says_what_the_fairness_floor_did(capsys, tmp_path):
    lines, agenda = solve_lines(capsys, tmp_path, floor_problem(a_elsewhere=True))
    assert lines[1:6] == [
        "Placed 3 of 4 meetings.",
        "  not placed: an — Aguascalientes / Netflix: Netflix's remaining time went to meetings of "
        "Baja California / Colima, which would otherwise be below the fairness floor",
        "Breaks: 0 (bound 0) in total, at most 0 for one participant.",
        "No delegation below the fairness floor.",
        "Worst-off delegation: Aguascalientes, Baja California, Colima, with 1 activity.",
    ]
    assert agenda["unplaced"][0]["reason"]["code"] == "fairness_floor"  # the agenda file says it too
    assert agenda["unplaced"][0]["reason"]["ids"] == ["an", "a", "n", "b", "c"]
    lines, _agenda = solve_lines(capsys, tmp_path, floor_problem(a_elsewhere=False))
    assert lines[1:6] == [
        "Placed 2 of 3 meetings.",
        "  not placed: cn — Colima / Netflix: Netflix is already busy at every possible time",
        "Breaks: 0 (bound 0) in total, at most 0 for one participant.",
        "1 delegation below the fairness floor: Colima.",
        "Worst-off delegation: Colima, with 0 activities.",
    ]


def test_summary_in_spanish_and_json(capsys, tmp_path):
    lines, _agenda = solve_lines(capsys, tmp_path, floor_problem(a_elsewhere=True), lang="es")
    assert lines[1:6] == [
        "Se colocaron 3 de 4 reuniones.",
        "  sin colocar: an — Aguascalientes / Netflix: el tiempo que le quedaba a Netflix se dio a reuniones de "
        "Baja California / Colima, que sin ellas quedarían bajo el piso de equidad",
        "Huecos: 0 (cota 0) en total, a lo más 0 para un participante.",
        "Ninguna delegación bajo el piso de equidad.",
        "Delegación menos atendida: Aguascalientes, Baja California, Colima, con 1 actividad.",
    ]
    lines, _agenda = solve_lines(capsys, tmp_path, floor_problem(a_elsewhere=False), lang="es")
    assert lines[4:6] == [
        "1 delegación bajo el piso de equidad: Colima.",
        "Delegación menos atendida: Colima, con 0 actividades.",
    ]
    lines, _agenda = solve_lines(capsys, tmp_path, floor_problem(a_elsewhere=False), "--json")
    data = json.loads("\n".join(lines))
    assert data["unplaced"] == [
        {
            "id": "cn",
            "code": "participant_busy",
            "reason": "Colima / Netflix: Netflix is already busy at every possible time",
        }
    ]
    assert data["below_floor"] == [{"id": "c", "name": "Colima", "lacking": 1}]
    assert data["floor_shortfall_total"] == 1
    assert data["worst_off"] == {"activities": 0, "delegations": ["Colima"]}
    assert data["compactness"] == {"value": 0, "bound": 0}


def test_venue_changes_keep_the_compactness_bound_apart(capsys, tmp_path):
    # Aguascalientes meets Netflix and Hulu back to back in two venues: no break, one venue change.
    day = Day(id="d", date="2026-02-27", slots=2)
    problem = Problem(
        legs=(Leg(id="la", name="LA", days=(day,)),),
        venues=(Venue(id="v1", name="Studio", leg="la"), Venue(id="v2", name="Lot", leg="la")),
        delegations=(Delegation(id="a", name="Aguascalientes"),),
        counterparts=(
            Counterpart(id="n", name="Netflix", leg="la", venue="v1"),
            Counterpart(id="h", name="Hulu", leg="la", venue="v2"),
        ),
        meetings=(Meeting(id="an", participants=("a", "n")), Meeting(id="ah", participants=("a", "h"))),
    )
    lines, _agenda = solve_lines(capsys, tmp_path, problem)
    assert lines[2:4] == [
        "Breaks: 0 in total, at most 0 for one participant.",
        "Compactness (breaks and venue changes): 1, bound 1; 1 venue change.",
    ]
    lines, _agenda = solve_lines(capsys, tmp_path, problem, "--json")
    data = json.loads("\n".join(lines))
    assert (data["breaks_total"], data["venue_changes"], data["compactness"]) == (0, 1, {"value": 1, "bound": 1})


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
