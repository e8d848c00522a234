"""``convoy import``, ``convoy export`` and ``convoy template`` on the MAEN sample mission."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from django.utils import translation

from convoy.cli import main
from convoy.missions.models import Mission, Organization
from convoy.samples import sample_paths

pytestmark = pytest.mark.django_db

MAEN = next(path for path in sample_paths() if path.stem == "maen-sacramento")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with translation.override("es"):  # main() activates a language: keep it inside the call
        code = main(["--lang", "en", *[str(a) for a in args]])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_prints_what_was_created(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "import", MAEN)
    document = json.loads(MAEN.read_text(encoding="utf-8"))
    organizations = len(document["organizations"])
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Mission “maen-sacramento” imported."
    assert f"  organizations: {organizations} created, 0 updated, 0 unchanged, 0 deleted" in lines
    assert "  missions: 1 created, 0 updated, 0 unchanged, 0 deleted" in lines


def test_importing_twice_changes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "import", MAEN)
    code, out, _err = run(capsys, "import", MAEN)
    assert code == 0
    assert out.splitlines()[0] == "Mission “maen-sacramento”: nothing changed."
    assert "  missions: 0 created, 0 updated, 1 unchanged, 0 deleted" in out.splitlines()


def test_an_invalid_file_lists_every_error_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    document = json.loads(MAEN.read_text(encoding="utf-8"))
    document["mission"]["status"] = "finished"
    document["mission"]["legs"][0]["start_date"] = "2023-02-30"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = run(capsys, "import", path)
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"{path}: 2 errors; nothing was stored.",
        "  mission.status: “finished” is not one of the allowed values: draft, planning, published, underway, closed.",
        "  mission.legs[0].start_date: “2023-02-30” is not a valid date (YYYY-MM-DD).",
    ]
    assert (Mission.objects.count(), Organization.objects.count()) == (0, 0)
    document["mission"]["status"] = "closed"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert run(capsys, "import", path)[2].splitlines()[0] == f"{path}: 1 error; nothing was stored."


def test_unreadable_files_get_a_message_not_a_traceback(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{\n  oops\n}\n", encoding="utf-8")
    code, _out, err = run(capsys, "import", broken)
    assert (code, err) == (
        2,
        f"convoy: error: {broken} is not valid JSON: Expecting property name enclosed in double quotes at line 2, "
        "column 3.\n",
    )
    corrupt = tmp_path / "corrupt.xlsx"
    corrupt.write_bytes(b"not a workbook")
    assert run(capsys, "import", corrupt)[1:] == (
        "", f"convoy: error: {corrupt} is not an Excel workbook (.xlsx) or it is damaged.\n"
    )  # fmt: skip
    assert run(capsys, "import", tmp_path / "mission.csv")[0] == 2


def test_export_json_gives_back_the_sample(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "import", MAEN)
    code, out, _err = run(capsys, "export", "maen-sacramento", "-o", tmp_path / "out.json")
    assert (code, out) == (0, f"Wrote {tmp_path / 'out.json'}.\n")
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == MAEN.read_text(encoding="utf-8")


def test_export_to_a_workbook_and_import_it_back(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "import", MAEN)
    assert run(capsys, "export", "maen-sacramento", "-o", tmp_path / "out.xlsx")[0] == 0
    code, out, _err = run(capsys, "import", tmp_path / "out.xlsx")
    assert (code, out.splitlines()[0]) == (0, "Mission “maen-sacramento”: nothing changed.")


def test_export_of_an_unknown_mission_lists_the_available_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "export", "maen", "-o", tmp_path / "x.json")[1:] == (
        "", "convoy: error: There is no mission “maen”: no mission is stored yet.\n"
    )  # fmt: skip
    run(capsys, "import", MAEN)
    code, _out, err = run(capsys, "export", "maen", "-o", tmp_path / "x.json")
    assert (code, err) == (2, "convoy: error: There is no mission “maen”. Available missions: maen-sacramento.\n")
    code, _out, err = run(capsys, "export", "maen-sacramento", "-o", tmp_path / "x.pdf")
    assert (code, err) == (
        2, f"convoy: error: {tmp_path / 'x.pdf'}: the file must end in .json / .xlsx (this one ends in “.pdf”).\n"
    )  # fmt: skip


def test_template_writes_the_empty_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _err = run(capsys, "template", "-o", tmp_path / "plantilla.xlsx")
    assert (code, out) == (0, f"Wrote {tmp_path / 'plantilla.xlsx'}.\n")
    assert openpyxl.load_workbook(tmp_path / "plantilla.xlsx").sheetnames[:3] == ["Instrucciones", "Misión", "Ejes"]
    assert run(capsys, "template", "-o", tmp_path / "plantilla.json")[0] == 2
    missing = tmp_path / "missing-dir" / "t.xlsx"
    assert run(capsys, "template", "-o", missing)[2] == (
        f"convoy: error: {missing} cannot be written: No such file or directory\n"
    )


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("import", "export", "template"):
        with pytest.raises(SystemExit) as done, translation.override("es"):
            main(["--lang", "en", command, "--help"])
        assert done.value.code == 0
        assert f"usage: convoy {command}" in capsys.readouterr().out
