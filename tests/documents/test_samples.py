"""Every document rendered from the sample missions as stored, planned and published.

Sacramento in October is on Pacific daylight time (one hour behind Mexico City); Tokyo is
fifteen hours ahead, so its mornings are the previous evening in Mexico City.
"""

from __future__ import annotations

import io

import openpyxl
import pytest
from icalendar import Calendar

from convoy.agenda.models import AgendaVersion
from convoy.agenda.services.changes import Changes
from convoy.documents.audience import Audience, activities_for
from convoy.documents.booklet import render_booklet, render_counterpart_agenda, render_programme
from convoy.documents.collect import collect_programme
from convoy.documents.data import Programme
from convoy.documents.ics import calendar_feed
from convoy.documents.run_sheet import render_run_sheet
from convoy.documents.spreadsheet import mission_workbook
from convoy.documents.times import mexico_city_span, span

from .pdftools import loose, pdf_pages, pdf_text, squash
from .stored import published_sample, replan_and_publish

pytestmark = pytest.mark.django_db

MAEN = "maen-sacramento"
JAPAN = "aguascalientes-japan"


def programme_of(slug: str, number: int = 1) -> Programme:
    return collect_programme(version=AgendaVersion.objects.get(mission__slug=slug, number=number))


def busiest(programme: Programme, side: str = "delegation") -> str:
    keys = [p.key for p in programme.parties if p.side == side]
    return max(keys, key=lambda k: (len(activities_for(programme=programme, audience=Audience(side, k))), k))  # type: ignore[arg-type]


def test_maen_booklet_has_every_activity_of_the_delegation_in_pacific_and_mexico_city_time(tmp_path) -> None:  # type: ignore[no-untyped-def]
    published_sample(MAEN)
    programme = programme_of(MAEN)
    key = busiest(programme)
    audience = Audience("delegation", key)
    mine = activities_for(programme=programme, audience=audience)
    assert len(mine) >= 3
    pdf = render_booklet(programme=programme, delegation=key, language="es")
    text = squash(pdf_text(pdf, folder=tmp_path, layout=False))
    for activity in mine:
        assert str(activity.start.tzinfo) == "America/Los_Angeles"
        assert activity.start.utcoffset().total_seconds() == -7 * 3600  # type: ignore[union-attr]
        local = span(start=activity.start, end=activity.end)
        cdmx = mexico_city_span(start=activity.start, end=activity.end)
        assert int(cdmx[:2]) == int(local[:2]) + 1
        assert f"{local} CDMX {cdmx}" in text
        assert loose(activity.title.text) in loose(text)
    others = [a for a in programme.activities if a not in mine]
    assert others, "the sample has activities of other delegations"
    for activity in others:
        assert loose(activity.title.text) not in loose(text)
    for party in programme.parties:
        if party.side == "delegation" and party.key != key:
            for person in party.people:
                assert person.name not in text
    assert len(pdf_pages(pdf, folder=tmp_path)) >= 3


def test_japan_booklet_and_counterpart_agenda_in_tokyo_time(tmp_path) -> None:  # type: ignore[no-untyped-def]
    published_sample(JAPAN)
    programme = programme_of(JAPAN)
    key = busiest(programme)
    mine = activities_for(programme=programme, audience=Audience("delegation", key))
    assert len(mine) == len(programme.activities) == 12
    text = squash(pdf_text(render_booklet(programme=programme, delegation=key, language="both"), folder=tmp_path))
    for activity in mine:
        assert activity.start.utcoffset().total_seconds() == 9 * 3600  # type: ignore[union-attr]
        assert f"{span(start=activity.start, end=activity.end)} CDMX / Mexico City" in text
    first = mine[0]
    assert mexico_city_span(start=first.start, end=first.end).endswith("(-1 d)")
    counterpart = first.counterparts[0]
    agenda = render_counterpart_agenda(programme=programme, counterpart=counterpart, language="en")
    agenda_text = squash(pdf_text(agenda, folder=tmp_path, name="cp", layout=False))
    assert loose(first.title.text) in loose(agenda_text)
    for other in programme.activities:
        if counterpart not in other.counterparts:
            assert loose(other.title.text) not in loose(agenda_text)
    whole = squash(pdf_text(render_programme(programme=programme, language="en"), folder=tmp_path, name="all"))
    for activity in programme.activities:
        assert f"{span(start=activity.start, end=activity.end)} Mexico City" in whole
        assert loose(activity.title.text) in loose(whole)


def test_run_sheet_and_workbook_cover_the_whole_mission(tmp_path) -> None:  # type: ignore[no-untyped-def]
    published_sample(MAEN)
    programme = programme_of(MAEN)
    text = squash(pdf_text(render_run_sheet(programme=programme, language="en"), folder=tmp_path, layout=False))
    for activity in programme.activities:
        assert loose(activity.title.text) in loose(text)
    book = openpyxl.load_workbook(io.BytesIO(mission_workbook(programme=programme)))
    codes = [row[0] for sheet in book.worksheets for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(str(c) for c in codes) == sorted(a.key for a in programme.activities)


def test_calendar_after_a_replan_updates_moved_meetings_and_cancels_dropped_ones() -> None:
    mission = published_sample(MAEN)
    before = programme_of(MAEN, 1)
    # GO-Biz can meet for hours on the 11th: closing the first slot of its meeting with Grupo MAEN
    # moves the meeting; PEM Motion cancels, so its meeting goes.
    moved = next(a for a in before.activities if a.key == f"{MAEN}/meeting/sacramento/grupo-maen/go-biz")
    dropped = next(a for a in before.activities if a.key == f"{MAEN}/meeting/sacramento/grupo-maen/pem-motion")
    slot = (moved.leg, moved.start.date().isoformat(), moved.start.strftime("%H:%M"))
    replan_and_publish(mission, Changes(cancel="pem-motion", leg="sacramento", remove_slot=slot))
    after = programme_of(MAEN, 2)
    assert dropped.key not in {a.key for a in after.activities}
    new_moved = next(a for a in after.activities if a.key == moved.key)
    assert new_moved.start != moved.start
    feed = calendar_feed(versions=[before, after], audience=Audience("delegation", "grupo-maen"), name="MAEN")
    events = {str(e["UID"]): e for e in Calendar.from_ical(feed).walk("VEVENT")}
    seen = {
        a.key
        for p in (before, after)
        for a in activities_for(programme=p, audience=Audience("delegation", "grupo-maen"))
    }
    assert sorted(events) == sorted(f"{key}@convoy" for key in seen)
    event = events[f"{moved.key}@convoy"]
    assert (event["SEQUENCE"], str(event["STATUS"])) == (1, "CONFIRMED")
    assert event.decoded("DTSTART") == new_moved.start
    gone = events[f"{dropped.key}@convoy"]
    assert (gone["SEQUENCE"], str(gone["STATUS"])) == (1, "CANCELLED")
    for activity in (a for a in after.activities if a in before.activities and "grupo-maen" in a.delegations):
        assert events[f"{activity.key}@convoy"]["SEQUENCE"] == 0
