"""``convoy demo`` and ``convoy missions``: the samples load, summarise and list."""

from __future__ import annotations

import json

import pytest

from convoy.cli import detect_language, main
from convoy.missions.models import Counterpart, Delegation, Mission

pytestmark = pytest.mark.django_db


def test_demo_loads_the_samples_once_and_summarises_them(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "demo"]) == 0
    out = capsys.readouterr().out
    assert out.count("Sample ") == 3 and "loaded" in out
    assert "Los Angeles (US, America/Los_Angeles)" in out
    assert "54 municipalities, 22 states represented" in out
    assert "Los Angeles 20, San José 14, San Francisco 12" in out
    assert "What next:" in out
    counts = (Mission.objects.count(), Delegation.objects.count(), Counterpart.objects.count())
    assert main(["--lang", "en", "demo"]) == 0
    assert capsys.readouterr().out.count("already loaded, unchanged") == 3
    assert (Mission.objects.count(), Delegation.objects.count(), Counterpart.objects.count()) == counts


def test_missions_json_lists_identifier_title_dates_and_counts(capsys: pytest.CaptureFixture[str]) -> None:
    main(["demo"])
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
