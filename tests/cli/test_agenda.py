"""``convoy plan``, ``publish``, ``diff`` and ``replan`` on the hand-made mission."""

from __future__ import annotations

import json

import pytest
from tests.agenda.factory import make_mission

from convoy.agenda.models import AgendaVersion, PlanningRun
from convoy.cli import main
from convoy.missions.models import AvailabilityWindow, MeetingRequest

pytestmark = pytest.mark.django_db


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_carries_out_the_run_and_prints_the_summary(capsys: pytest.CaptureFixture[str]) -> None:
    make_mission()
    code, out, err = run(capsys, "plan", "convoy-la", "--time-limit", "2")
    assert code == 0
    lines = out.splitlines()
    assert lines[:4] == [
        "Agenda version 1 (draft, optimal)",
        "  meetings placed: 3 of 3 (mandatory 1 of 1)",
        "  group sessions placed: 1",
        "  breaks: 0 in total, at most 0 for one participant",  # the coffee break is a pause, not a gap
    ]
    assert lines[4] == "  worst-off delegation: Monterrey with 1 activity"
    assert lines[5].startswith("  bound 0, gap 0.00%, time ")
    assert lines[-1] == "Draft version 1 stored. Publish it with: convoy publish convoy-la 1"
    progress = err.splitlines()
    assert progress[0] == "[  0%] building the problem" and progress[-1] == "[100%] done"
    assert PlanningRun.objects.get().status == "done"


def test_plan_no_wait_only_queues(capsys: pytest.CaptureFixture[str]) -> None:
    make_mission()
    code, out, _err = run(capsys, "plan", "convoy-la", "--no-wait")
    run_ = PlanningRun.objects.get()
    assert (code, run_.status) == (0, "queued")
    assert out == (
        f"Queued planning run {run_.pk} for mission convoy-la; a worker will carry it out (django-admin db_worker).\n"
    )


def test_publish_diff_and_replan(capsys: pytest.CaptureFixture[str]) -> None:
    make_mission()
    run(capsys, "plan", "convoy-la", "--time-limit", "2")
    assert run(capsys, "publish", "convoy-la")[:2] == (0, "Published version 1 of convoy-la.\n")
    code, out, _err = run(capsys, "replan", "convoy-la", "--cancel", "port-la", "--time-limit", "2")
    assert code == 0
    assert "Agenda version 2 (draft, optimal)" in out
    assert "Changes from version 1 to version 2: 0 added, 3 removed, 0 moved" in out
    assert "  - Port briefing: was 2023-02-2" in out
    assert "Tell these people:" in out and "Pablo Lemus (Guadalajara) <alcalde@gdl.example>" in out
    assert AgendaVersion.objects.get(number=2).origin == "repair"
    code, out, _err = run(capsys, "diff", "convoy-la", "1", "2", "--json")
    data = json.loads(out)
    assert (code, len(data["removed"]), data["added"], data["moved"]) == (0, 3, [], [])
    assert sorted(p["name"] for p in data["participants"]) == ["Guadalajara", "Monterrey", "Port of Los Angeles"]
    code, out, _err = run(capsys, "diff", "convoy-la", "1", "2")
    assert out.splitlines()[0] == "Changes from version 1 to version 2: 0 added, 3 removed, 0 moved"
    code, out, _err = run(capsys, "publish", "convoy-la", "2")
    assert out == "Published version 2 of convoy-la.\nVersion 1 is now superseded.\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("plan", "nope"), "convoy: error: There is no mission “nope”. Known missions: convoy-la.\n"),
        (("publish", "convoy-la"), "convoy: error: Mission convoy-la has no draft agenda to publish."),
        (("publish", "convoy-la", "4"), "convoy: error: Mission convoy-la has no agenda version 4. Versions: —.\n"),
        (("diff", "convoy-la", "1", "2"), "convoy: error: Mission convoy-la has no agenda version 1. Versions: —.\n"),
        (("diff", "nope", "1", "2"), "convoy: error: There is no mission “nope”."),
        (("replan", "convoy-la", "--cancel", "netflix"), "has no published agenda to re-plan; publish one first.\n"),
        (
            ("replan", "convoy-la", "--add-delegation", "mun-19039", "--leg", "la"),
            "convoy: error: --leg goes with --cancel.\n",
        ),
    ],
)
def test_mistakes_are_explained_without_a_traceback(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    make_mission()
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert message in err
    assert "Traceback" not in err


def test_replan_needs_exactly_one_change_and_a_positive_time_limit(capsys: pytest.CaptureFixture[str]) -> None:
    make_mission()
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "en", "replan", "convoy-la"])
    assert exit_.value.code == 2
    assert "one of the arguments --cancel --remove-slot --add-delegation is required" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--lang", "en", "plan", "convoy-la", "--time-limit", "0"])
    assert "must be a positive number of seconds" in capsys.readouterr().err


def test_an_impossible_mission_prints_the_explanation(capsys: pytest.CaptureFixture[str]) -> None:
    make_mission()
    MeetingRequest.objects.filter(counterpart__organization__key="netflix").update(
        priority="must", status="accepted", session="any"
    )
    AvailabilityWindow.objects.update(end="11:30")  # Netflix keeps one slot for two mandatory meetings
    code, out, err = run(capsys, "plan", "convoy-la", "--time-limit", "2")
    assert (code, out) == (1, "")
    assert "No agenda was stored: Netflix has 30 free minutes on 2023-02-27 but two mandatory meetings need it" in err
    assert AgendaVersion.objects.count() == 0


def test_plan_speaks_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    make_mission()
    code = main(["--lang", "es", "plan", "convoy-la", "--time-limit", "2"])
    out, err = capsys.readouterr()
    assert code == 0
    assert out.splitlines()[:2] == [
        "Agenda, versión 1 (borrador, óptima)",
        "  reuniones ubicadas: 3 de 3 (obligatorias 1 de 1)",
    ]
    assert err.splitlines()[0] == "[  0%] armando el problema"
