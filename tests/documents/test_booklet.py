"""The PDF itineraries read back: local and Mexico City times, venues, reasons, no one else's meetings."""

from __future__ import annotations

import pytest

from convoy.documents.booklet import render_booklet, render_counterpart_agenda, render_programme

from .example import example_programme
from .pdftools import pdf_pages, pdf_text, squash


@pytest.fixture(scope="module")
def guadalajara_es(tmp_path_factory: pytest.TempPathFactory) -> str:
    pdf = render_booklet(programme=example_programme(), delegation="mun-14039", language="es")
    return squash(pdf_text(pdf, folder=tmp_path_factory.mktemp("gdl")))


@pytest.fixture(scope="module")
def aguascalientes_both(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int]:
    folder = tmp_path_factory.mktemp("ags")
    pdf = render_booklet(programme=example_programme(), delegation="edo-01", language="both")
    return squash(pdf_text(pdf, folder=folder)), len(pdf_pages(pdf, folder=folder))


def test_booklet_cover_and_itinerary_in_spanish(guadalajara_es: str) -> None:
    text = guadalajara_es
    assert "Cuadernillo de la delegación" in text
    assert "Misión de prueba — Los Ángeles y Tokio" in text
    assert "Guadalajara" in text
    assert "Lunes 27 de febrero de 2023" in text
    assert "Martes 28 de febrero de 2023" in text


def test_booklet_times_are_local_with_mexico_city_beside(guadalajara_es: str) -> None:
    assert "09:00–10:30 CDMX 11:00–12:30" in guadalajara_es
    assert "11:00–11:30 CDMX 13:00–13:30" in guadalajara_es
    assert "09:00–09:30 CDMX 11:00–11:30" in guadalajara_es


def test_booklet_shows_venue_counterpart_profile_reason_and_travel(guadalajara_es: str) -> None:
    text = guadalajara_es
    assert "Netflix — sede de Hollywood 5808 Sunset Blvd, Los Angeles, CA 90028" in text
    assert "Streaming service investing in Mexican film and series production." in text
    assert "Atraer producción audiovisual a Jalisco; ampliar la oferta de locaciones." in text
    assert "Sector compartido: industrias fílmicas (5121)" in text
    assert "→ Traslado a Netflix — sede de Hollywood: 25 min de camino; 30 min entre actividades" in text
    assert "Ana Ejemplo Pérez (presidencia municipal), Jorge Muestra Núñez (equipo), Sam Example (contacto)" in text


def test_booklet_has_nothing_from_another_delegation(guadalajara_es: str) -> None:
    text = guadalajara_es
    for foreign in ("Aguascalientes", "Diana Ejemplo Romo", "Tokio (JP)", "タチエス", "10:45"):
        assert foreign not in text
    assert "+1 delegaciones más" in text


def test_booklet_contacts(guadalajara_es: str) -> None:
    text = guadalajara_es.rsplit("Contactos", maxsplit=1)[-1]
    assert "Lucía Muestra Ibáñez" in text and "+52 55 0100 0001" in text
    assert "Jorge Muestra Núñez" in text and "+52 33 0100 0003" in text
    assert "Sam Example" in text and "+1 555 0100" in text


def test_bilingual_booklet_with_japanese_names_and_tokyo_times(aguascalientes_both: tuple[str, int]) -> None:
    text, pages = aguascalientes_both
    assert "Cuadernillo de la delegación / Delegation booklet" in text
    assert "Jueves 2 de marzo de 2023 / Thursday, 2 March 2023" in text
    assert "10:00–11:00 CDMX / Mexico City 19:00–20:00 (-1 d)" in text
    assert "東京国際フォーラム (Tokyo International Forum)" in text
    assert "タチエス (Tachi-S)" in text
    assert "佐藤 花子" in text
    assert "Kenji Ejemplo (intérprete / interpreter)" in text
    assert "Traslado entre ciudades / Travel between cities: Los Ángeles → Tokio" in text
    assert "40 min de camino; 15 min entre actividades / → Travel to UCLA: 40 min on the road; 15 min between" in text
    assert "⚠ tiempo justo / tight" in text
    assert pages == 4  # cover, Los Angeles, Tokyo, contacts


def test_counterpart_agenda_lists_the_delegations_it_meets(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf = render_counterpart_agenda(programme=example_programme(), counterpart="ucla", language="en")
    text = squash(pdf_text(pdf, folder=tmp_path))
    assert "Counterpart agenda" in text and "UCLA" in text
    assert "10:45–11:15 Mexico City 12:45–13:15" in text
    assert "Delegation Aguascalientes" in text
    assert "Delegation Guadalajara" in text
    assert "Monday, 27 February 2023" in text
    for other in ("Netflix", "タチエス", "Encuentro con la alcaldesa"):
        assert other not in text


def test_programme_has_every_activity_of_the_mission(tmp_path) -> None:  # type: ignore[no-untyped-def]
    programme = example_programme()
    text = squash(pdf_text(render_programme(programme=programme, language="en"), folder=tmp_path))
    assert "Mission programme" in text
    for activity in programme.activities:
        assert activity.title.text in text
    assert "All delegations" in text
    assert "Counterpart UCLA" in text
