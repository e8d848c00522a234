"""Every command of the tutorial runs as written, in order, and succeeds."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from convoy.cli import main
from convoy.samples.outcomes import sample_outcome_paths

TUTORIAL = Path(__file__).resolve().parents[2] / "docs" / "tutorial" / "first-mission.md"
BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def tutorial_commands() -> list[list[str]]:
    lines = [line for block in BLOCK.findall(TUTORIAL.read_text()) for line in block.splitlines() if line.strip()]
    assert all(line.startswith("convoy ") for line in lines), lines
    return [shlex.split(line)[1:] for line in lines]


@pytest.mark.slow
@pytest.mark.django_db
def test_every_tutorial_command_succeeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    outcomes = {p.name: p for p in sample_outcome_paths()}["maen-sacramento.json"]
    shutil.copy(outcomes, tmp_path / "outcomes-maen.json")
    commands = tutorial_commands()
    assert len(commands) >= 15
    for argv in commands:
        assert main(["--lang", "en", *argv]) == 0, argv
    written = {"plantilla.xlsx", "maen.xlsx", "arneses.ics", "agenda-maen.xlsx", "informe-maen.pdf"}
    assert written <= {p.name for p in tmp_path.iterdir()}
    assert any((tmp_path / "folletos").glob("*.pdf"))
