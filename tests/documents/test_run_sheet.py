"""The organizer's run sheet read back: every activity of the day, phones, risks and gaps."""

from __future__ import annotations

import datetime as dt

import pytest

from convoy.documents.run_sheet import render_run_sheet, run_days

from .example import example_programme
from .pdftools import pdf_pages, pdf_text, squash


@pytest.fixture(scope="module")
def run_sheet(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int]:
    folder = tmp_path_factory.mktemp("run")
    pdf = render_run_sheet(programme=example_programme(), language="en")
    return squash(pdf_text(pdf, folder=folder, layout=False)), len(pdf_pages(pdf, folder=folder))


def test_days_with_activities_in_itinerary_order() -> None:
    assert [(leg.code, day) for leg, day in run_days(programme=example_programme())] == [
        ("los-angeles", dt.date(2023, 2, 27)),
        ("los-angeles", dt.date(2023, 2, 28)),
        ("tokyo", dt.date(2023, 3, 2)),
    ]


def test_a_page_per_day_after_the_cover(run_sheet: tuple[str, int]) -> None:
    text, pages = run_sheet
    assert pages == 4
    for heading in ("Monday, 27 February 2023 — Los Ángeles", "Thursday, 2 March 2023 — Tokio"):
        assert heading in text


def test_every_activity_with_who_and_phones(run_sheet: tuple[str, int]) -> None:
    text, _ = run_sheet
    for activity in example_programme().activities:
        assert activity.title.text in text
    assert "Jorge Muestra Núñez: +52 33 0100 0003" in text
    assert "Sam Example: +1 555 0100" in text
    assert "UCLA (pending)" in text
    assert "タチエス (Tachi-S) (tentative)" in text


def test_risks_and_gaps(run_sheet: tuple[str, int]) -> None:
    text, _ = run_sheet
    assert "Aguascalientes: tight travel (Los Angeles City Hall → UCLA): 40 min on the road, 15 free." in text
    assert "UCLA: confirmation pending for 10:45." in text
    assert "Guadalajara: 09:30–15:00 (5 h 30 min)" in text
    assert "No gaps of an hour or more." in text


def test_one_day_alone(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf = render_run_sheet(programme=example_programme(), language="es", day=dt.date(2023, 3, 2))
    text = squash(pdf_text(pdf, folder=tmp_path, layout=False))
    assert "Jueves 2 de marzo de 2023 — Tokio" in text
    assert "Lunes 27 de febrero" not in text
    assert "Kenji Ejemplo: +81 3 0100 0002" in text
