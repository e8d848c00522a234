"""``convoy booklet``, ``convoy calendar`` and ``convoy export-agenda`` on the stored samples."""

from __future__ import annotations

import io

import openpyxl
import pytest
from icalendar import Calendar
from tests.documents.stored import load_sample, published_sample

from convoy.agenda.services.plan import plan_mission
from convoy.cli import main

pytestmark = pytest.mark.django_db

JAPAN = "aguascalientes-japan"


def test_booklet_for_one_delegation_in_both_languages(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    published_sample(JAPAN)
    assert (
        main(["--lang", "en", "booklet", JAPAN, "--delegation", "edo-01", "--lang", "both", "-o", str(tmp_path)]) == 0
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["booklet-edo-01-both.pdf"]
    out = capsys.readouterr().out
    assert "Agenda version 1: 1 PDF file in" in out
    assert (tmp_path / "booklet-edo-01-both.pdf").read_bytes().startswith(b"%PDF-")


def test_booklet_without_a_choice_writes_every_document(tmp_path) -> None:  # type: ignore[no-untyped-def]
    published_sample(JAPAN)
    assert main(["booklet", JAPAN, "--lang", "en", "-o", str(tmp_path)]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "booklet-edo-01-en.pdf" in names and "programme-en.pdf" in names
    assert len([n for n in names if n.startswith("counterpart-")]) == 11
    assert [n for n in names if n.startswith("run-sheet-")] == [
        f"run-sheet-2019-05-{day}-en.pdf" for day in (20, 21, 22, 23, 24)
    ]


def test_calendar_for_a_delegation_a_person_and_the_mission(tmp_path) -> None:  # type: ignore[no-untyped-def]
    published_sample(JAPAN)
    for who, count in (("edo-01", 12), ("tachi-s", 1), (None, 12)):
        path = tmp_path / f"{who}.ics"
        assert main(["calendar", JAPAN, *(["--for", who] if who else []), "-o", str(path)]) == 0
        assert len(Calendar.from_ical(path.read_bytes()).walk("VEVENT")) == count


def test_export_agenda_workbooks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    published_sample(JAPAN)
    path = tmp_path / "agenda.xlsx"
    assert main(["export-agenda", JAPAN, "--delegation", "edo-01", "-o", str(path)]) == 0
    book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()))
    assert book.sheetnames == [
        f"2019-05-{d} {leg}" for d, leg in ((20, "tokyo"), (21, "tokyo"), (22, "tokyo"), (23, "nagoya"), (24, "nagoya"))
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["booklet", "nowhere", "-o", "x"], "There is no mission “nowhere”"),
        (["booklet", JAPAN, "--delegation", "mun-99999", "-o", "x"], "has no delegation “mun-99999”"),
        (["booklet", JAPAN, "--counterpart", "edo-01", "-o", "x"], "has no counterpart “edo-01”"),
        (["calendar", JAPAN, "--for", "Nobody", "-o", "x.ics"], "has no delegation, counterpart or person “Nobody”"),
        (["export-agenda", JAPAN, "--version", "7", "-o", "x.xlsx"], "has no agenda version 7. Versions: 1."),
    ],
)
def test_clear_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    published_sample(JAPAN)
    assert main(["--lang", "en", *argv]) == 2
    assert message in capsys.readouterr().err


def test_mission_without_an_agenda_and_with_only_a_draft(capsys: pytest.CaptureFixture[str]) -> None:
    mission = load_sample(JAPAN)
    assert main(["--lang", "en", "calendar", JAPAN, "-o", "x.ics"]) == 2
    assert f"Mission {JAPAN} has no agenda yet. Make one with: convoy plan {JAPAN}" in capsys.readouterr().err
    plan_mission(mission=mission, time_limit=2)
    assert main(["--lang", "en", "export-agenda", JAPAN, "-o", "x.xlsx"]) == 2
    assert f"has no published agenda. Publish one with: convoy publish {JAPAN}" in capsys.readouterr().err
