"""Excel agendas: a delegation's or the whole mission's, one sheet per day.

Headers are ``Español / English`` like the import workbook (``convoy.exchange``), and the
columns both have (code, leg, date, start, kind, title, venue, delegations, counterpart,
reason…) hold the same kind of value: codes and keys, dates and times as cells.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

import xlsxwriter

from convoy.documents.audience import MISSION, Audience, activities_for, attendees_shown
from convoy.documents.data import Activity, Programme
from convoy.documents.times import in_mexico_city, minutes_between
from convoy.documents.words import render

Cell = str | int | dt.date | dt.time
Value = Callable[[Programme, Activity, Audience], Cell]


def _keys(programme: Programme, activity: Activity, audience: Audience) -> list[str]:
    if audience.kind == "mission":
        return list(activity.delegations)
    return [d for d in activity.delegations if d == audience.key or audience.kind == "counterpart"]


def _names(programme: Programme, keys: list[str] | tuple[str, ...]) -> str:
    return "; ".join(p.name for p in (programme.party(k) for k in keys) if p is not None)


COLUMNS: tuple[tuple[str, str, str, Value], ...] = (
    ("code", "Código", "Code", lambda p, a, w: a.key),
    ("leg", "Etapa", "Leg", lambda p, a, w: a.leg),
    ("date", "Fecha", "Date", lambda p, a, w: a.start.date()),
    ("start", "Inicio", "Start", lambda p, a, w: a.start.time().replace(tzinfo=None)),
    ("end", "Fin", "End", lambda p, a, w: a.end.time().replace(tzinfo=None)),
    (
        "duration_minutes",
        "Duración (minutos)",
        "Duration (minutes)",
        lambda p, a, w: minutes_between(start=a.start, end=a.end),
    ),
    ("time_zone", "Zona horaria", "Time zone", lambda p, a, w: p.leg(a.leg).time_zone),
    (
        "mexico_start",
        "Inicio (CDMX)",
        "Start (Mexico City)",
        lambda p, a, w: in_mexico_city(moment=a.start).time().replace(tzinfo=None),
    ),
    ("mexico_date", "Fecha (CDMX)", "Date (Mexico City)", lambda p, a, w: in_mexico_city(moment=a.start).date()),
    ("kind", "Tipo", "Kind", lambda p, a, w: a.kind),
    ("title", "Título", "Title", lambda p, a, w: a.title.text),
    ("venue", "Sede", "Venue", lambda p, a, w: a.venue.key if a.venue else ""),
    ("venue_name", "Nombre de la sede", "Venue name", lambda p, a, w: a.venue.name if a.venue else ""),
    ("address", "Dirección", "Address", lambda p, a, w: a.venue.address if a.venue else ""),
    ("delegations", "Delegaciones", "Delegations", lambda p, a, w: "; ".join(_keys(p, a, w))),
    ("delegation_names", "Nombres de las delegaciones", "Delegation names", lambda p, a, w: _names(p, _keys(p, a, w))),
    ("counterpart", "Contraparte", "Counterpart", lambda p, a, w: "; ".join(a.counterparts)),
    ("counterpart_names", "Nombre de la contraparte", "Counterpart name", lambda p, a, w: _names(p, a.counterparts)),
    (
        "attendees",
        "Asisten",
        "Attending",
        lambda p, a, w: "; ".join(x.name for x in attendees_shown(programme=p, activity=a, audience=w)),
    ),
    ("reason", "Motivo", "Reason", lambda p, a, w: a.why.text if a.why else ""),
    (
        "match",
        "Afinidad",
        "Match",
        lambda p, a, w: render(text=a.explanation, language="both") if a.explanation else "",
    ),
)
HEADERS = tuple(f"{es} / {en}" for _, es, en, _ in COLUMNS)
WIDTHS = {
    "code": 28,
    "title": 40,
    "venue_name": 28,
    "address": 32,
    "delegation_names": 28,
    "counterpart_names": 24,
    "attendees": 36,
    "reason": 48,
    "match": 40,
}


def delegation_workbook(*, programme: Programme, delegation: str) -> bytes:
    """One delegation's agenda, a sheet per day it has activities."""
    return _workbook(programme=programme, audience=Audience(kind="delegation", key=delegation))


def mission_workbook(*, programme: Programme) -> bytes:
    """Every activity of the mission, a sheet per day."""
    return _workbook(programme=programme, audience=MISSION)


def sheet_name(*, leg: str, day: dt.date) -> str:
    """``2023-02-27 los-angeles`` cut to Excel's 31 characters."""
    return f"{day.isoformat()} {leg}"[:31]


def _workbook(*, programme: Programme, audience: Audience) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    formats = {
        "header": book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True}),
        "date": book.add_format({"num_format": "yyyy-mm-dd"}),
        "time": book.add_format({"num_format": "hh:mm"}),
        "text": book.add_format({"text_wrap": False}),
    }
    activities = activities_for(programme=programme, audience=audience)
    days = sorted({(a.start.date(), programme.legs.index(programme.leg(a.leg)), a.leg) for a in activities})
    for day, _, leg in days:
        today = [a for a in activities if a.leg == leg and a.start.date() == day]
        _sheet(
            book=book,
            name=sheet_name(leg=leg, day=day),
            rows=today,
            programme=programme,
            audience=audience,
            formats=formats,
        )
    if not days:
        _sheet(book=book, name="Agenda", rows=[], programme=programme, audience=audience, formats=formats)
    book.close()
    return buffer.getvalue()


def _sheet(
    *,
    book: xlsxwriter.Workbook,
    name: str,
    rows: list[Activity],
    programme: Programme,
    audience: Audience,
    formats: dict[str, object],
) -> None:
    sheet = book.add_worksheet(name)
    for column, header in enumerate(HEADERS):
        sheet.write_string(0, column, header, formats["header"])
        sheet.set_column(column, column, WIDTHS.get(COLUMNS[column][0], 14))
    for row, activity in enumerate(rows, start=1):
        for column, (_, _, _, value) in enumerate(COLUMNS):
            cell = value(programme, activity, audience)
            if isinstance(cell, dt.date):
                sheet.write_datetime(row, column, dt.datetime.combine(cell, dt.time()), formats["date"])
            elif isinstance(cell, dt.time):
                sheet.write_datetime(row, column, cell, formats["time"])
            elif isinstance(cell, int):
                sheet.write_number(row, column, cell)
            else:
                sheet.write_string(row, column, cell)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(COLUMNS) - 1)
