"""``convoy demo`` and ``convoy missions``: the samples load, summarise and list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from convoy.agenda.models import AgendaVersion
from convoy.agenda.services.judge import judge_version
from convoy.cli import detect_language, main
from convoy.missions.models import Counterpart, Delegation, Mission

pytestmark = pytest.mark.django_db


def test_demo_loads_the_samples_once_and_summarises_them(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "demo", "--load-only"]) == 0
    out = capsys.readouterr().out
    assert sum(line.startswith("Sample ") for line in out.splitlines()) == 3 and "loaded" in out
    assert "Los Angeles (US, America/Los_Angeles)" in out
    assert "54 municipalities, 22 states represented" in out
    assert "Los Angeles 20, San José 14, San Francisco 12" in out
    counts = (Mission.objects.count(), Delegation.objects.count(), Counterpart.objects.count())
    assert main(["--lang", "en", "demo", "--load-only"]) == 0
    assert capsys.readouterr().out.count("already loaded, unchanged") == 3
    assert (Mission.objects.count(), Delegation.objects.count(), Counterpart.objects.count()) == counts


def test_missions_json_lists_identifier_title_dates_and_counts(capsys: pytest.CaptureFixture[str]) -> None:
    main(["demo", "--load-only"])
    capsys.readouterr()
    assert main(["missions", "--json"]) == 0
    missions = {m["id"]: m for m in json.loads(capsys.readouterr().out)}
    assert set(missions) == {"convoy-california-2023", "maen-sacramento", "aguascalientes-japan"}
    california = missions["convoy-california-2023"]
    assert (california["start_date"], california["end_date"]) == ("2023-02-27", "2023-03-03")
    assert california["legs"] == ["Los Angeles", "San José", "San Francisco"]
    assert california["counts"]["municipalities"] == 54
    assert california["counts"]["counterparts"] == 46
    assert missions["aguascalientes-japan"]["counts"]["requests"] == 11


def test_missions_on_an_empty_database_says_how_to_start(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "missions"]) == 0
    assert "convoy demo" in capsys.readouterr().out


def test_language_follows_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("CONVOY_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    assert detect_language() == "es"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert detect_language() == "en"
    monkeypatch.setenv("LC_ALL", "es_MX.UTF-8")
    assert detect_language() == "es"
    assert detect_language("en") == "en"


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["no-such-command"])
    assert exit_info.value.code == 2


@pytest.mark.slow
def test_demo_runs_the_main_job_end_to_end_and_again_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    output = tmp_path / "out"
    assert main(["--lang", "en", "demo", "-o", str(output), "--time-limit", "5"]) == 0
    captured = capsys.readouterr()
    out = captured.out
    assert "bound -" not in captured.out + captured.err  # breaks are never fewer than 0
    for heading in ("1. Sample missions", "2. Matchmaking", "3. Agendas", "4. Outcomes", "5. Documents", "What next"):
        assert heading in out
    assert "Suggestions for Guadalajara, best first:" in out
    assert out.count("Published version 1 of") == 3
    published = AgendaVersion.objects.filter(status="published")
    assert sorted(published.values_list("mission__slug", flat=True)) == [
        "aguascalientes-japan",
        "convoy-california-2023",
        "maen-sacramento",
    ]
    for version in published:  # the independent checker judges every agenda the demo publishes
        assert judge_version(version=version).violations == ()
    files = sorted(str(p.relative_to(output)) for p in output.rglob("*") if p.is_file())
    assert files == [
        "aguascalientes-japan-report-en.pdf",
        "booklets/booklet-mun-29033-both.pdf",
        "booklets/programme-es.pdf",
        "convoy-california-2023-agenda.xlsx",
        "convoy-california-2023-report-es.pdf",
        "mun-29033.ics",
    ]
    assert all((output / f).read_bytes()[:4] in (b"%PDF", b"PK\x03\x04", b"BEGI") for f in files)
    versions = AgendaVersion.objects.count()
    assert main(["--lang", "en", "demo", "-o", str(output), "--time-limit", "5"]) == 0
    again = capsys.readouterr().out
    assert again.count("already published, kept as it is") == 3
    assert AgendaVersion.objects.count() == versions


def test_argparse_speaks_the_users_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "es", "plan"])
    err = capsys.readouterr().err
    assert "uso: convoy plan" in err
    assert "faltan los siguientes argumentos obligatorios: MISSION" in err
    with pytest.raises(SystemExit):
        main(["--lang", "en", "plan"])
    assert "the following arguments are required: MISSION" in capsys.readouterr().err
