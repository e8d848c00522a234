"""Storage and secrets settings: a per-installation signing key, the database choice."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from convoy.settings import database_config, installation_secret_key


def test_secret_key_is_made_once_per_installation_and_kept_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONVOY_SECRET_KEY", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    first = installation_secret_key()
    path = tmp_path / "convoy" / "secret_key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(first) >= 50
    assert installation_secret_key() == first
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "other"))
    assert installation_secret_key() != first
    monkeypatch.setenv("CONVOY_SECRET_KEY", "from-the-environment")
    assert installation_secret_key() == "from-the-environment"


def test_database_is_sqlite_by_default_and_follows_database_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("CONVOY_DB", str(tmp_path / "x.sqlite3"))
    assert database_config() == {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "x.sqlite3")}
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/convoy")
    config = database_config()
    assert (config["ENGINE"], config["NAME"], config["HOST"], config["PORT"]) == (
        "django.db.backends.postgresql",
        "convoy",
        "127.0.0.1",
        5432,
    )
