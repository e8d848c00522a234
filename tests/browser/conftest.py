"""Browser tests: pytest-django's ``live_server`` driven by Playwright (sync API) on Debian's
chromium. They skip, saying why, only when chromium is absent (``make test`` installs it);
Playwright never downloads a browser here. Screenshots go to test-artifacts/screenshots/."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
PASSWORD = "correct horse battery staple"

# Playwright's sync API keeps an event loop on this thread; the ORM calls made by the tests
# themselves (setting up data, reading results) are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if Path(CHROMIUM).exists() and shutil.which(CHROMIUM):
        return
    reason = f"chromium is not installed at {CHROMIUM} (scripts/ensure-system.sh --browser installs it)"
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def web(settings: Any, live_server: Any) -> str:
    """The live server's address, with the pages in Spanish by default as in production."""
    settings.LANGUAGE_CODE = "es"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # The in-memory SQLite of the tests locks whole tables across threads, so there the run
    # is carried out within the request; on PostgreSQL a background thread does it, live.
    settings.CONVOY_WEB_RUNS = "thread" if connection.vendor == "postgresql" else "now"
    return str(live_server.url)


def shoot(page: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def log_in(page: Any, web: str, username: str, password: str = PASSWORD) -> None:
    page.goto(f"{web}/accounts/login/")
    page.get_by_label("Nombre de usuario").fill(username)
    page.get_by_label("Contraseña").fill(password)
    page.get_by_role("button", name="Iniciar sesión").click()
    page.wait_for_load_state()


@pytest.fixture
def open_page(browser: Any, web: str) -> Iterator[Any]:
    """Pages in fresh browser contexts, all closed before the live server stops (so no
    request of theirs reaches a server whose database is gone)."""
    contexts: list[Any] = []

    def make(**options: Any) -> Any:
        context = browser.new_context(**options)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
