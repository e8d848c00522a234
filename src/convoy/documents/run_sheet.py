"""The organizer's run sheet: for each day, who is where with phone numbers, gaps and risks."""

from __future__ import annotations

import datetime as dt

from convoy.documents.blocks import cover, venue_text
from convoy.documents.data import Activity, Leg, Programme
from convoy.documents.markup import DOCUMENT_CSS, date_heading, esc, page, table
from convoy.documents.pdf import render_pdf
from convoy.documents.risks import day_gaps, day_risks
from convoy.documents.times import duration_text, mexico_city_span, span
from convoy.documents.words import confirmation_label, kind_label, render, say

TIME_CELLS = ("phone", "phone")
WIDTHS = (8, 8, 22, 17, 27, 18)
RUN_SHEET_CSS = """
@page { size: A4 landscape; margin: 12mm; }
.day { page-break-before: always; }
ul.risks li { color: #a00; }
"""


def run_days(*, programme: Programme) -> tuple[tuple[Leg, dt.date], ...]:
    """Every day of the itinerary that has activities, in order."""
    busy = {(a.leg, a.start.date()) for a in programme.activities}
    return tuple((leg, day) for leg in programme.legs for day in leg.days() if (leg.code, day) in busy)


def run_sheet_html(*, programme: Programme, language: str, day: dt.date | None = None) -> str:
    """One section per day (or only ``day``)."""
    days = [(leg, d) for leg, d in run_days(programme=programme) if day is None or d == day]
    heading = say("run_sheet", language=language)
    body = [cover(programme=programme, heading=heading, subject=esc(programme.organizer.name), language=language)]
    body += [_day_section(programme=programme, leg=leg, day=d, language=language) for leg, d in days]
    return page(title=f"{heading} — {programme.mission}", language=language, body="".join(body))


def render_run_sheet(*, programme: Programme, language: str, day: dt.date | None = None) -> bytes:
    html = run_sheet_html(programme=programme, language=language, day=day)
    return render_pdf(html=html, extra_css=DOCUMENT_CSS + RUN_SHEET_CSS)


def _day_section(*, programme: Programme, leg: Leg, day: dt.date, language: str) -> str:
    activities = tuple(
        sorted((a for a in programme.activities if a.leg == leg.code and a.start.date() == day), key=_order)
    )
    headers = [say(k, language=language) for k in ("local_time", "cdmx", "activity", "where", "who", "phone")]
    rows = [_row(programme=programme, activity=a, language=language) for a in activities]
    gaps = day_gaps(programme=programme, activities=activities)
    risks = day_risks(programme=programme, leg=leg, activities=activities)
    names = {p.key: p.name for p in programme.parties}
    gap_items = [
        f"<li>{esc(names.get(g.party, g.party))}: {g.start}–{g.end} ({duration_text(minutes=g.minutes)})</li>"
        for g in gaps
    ]
    risk_items = [f"<li>{esc(render(text=r.message, language=language))}</li>" for r in risks]
    grid = table(
        headers=[esc(h) for h in headers], rows=rows, css_class="grid fixed", cell_classes=TIME_CELLS, widths=WIDTHS
    )
    return (
        f'<section class="day"><h2>{date_heading(day=day, language=language)} — {esc(leg.city)} '
        f'<span class="zone">{esc(leg.time_zone)}</span></h2>'
        f"{grid}"
        f"<h3>{esc(say('risks', language=language))}</h3>"
        + (f'<ul class="risks">{"".join(risk_items)}</ul>' if risk_items else _none("no_risks", language))
        + f"<h3>{esc(say('gaps', language=language))}</h3>"
        + (f"<ul>{''.join(gap_items)}</ul>" if gap_items else _none("no_gaps", language))
        + "</section>"
    )


def _row(*, programme: Programme, activity: Activity, language: str) -> list[str]:
    who = [esc(say("everyone", language=language))] if activity.everyone else []
    who += [esc(programme.party(k).name) for k in activity.delegations if programme.party(k)]  # type: ignore[union-attr]
    for key in activity.counterparts:
        party = programme.party(key)
        if party is not None:
            state = confirmation_label(party.confirmation, language=language) if party.confirmation else ""
            who.append(f"<b>{esc(party.name)}</b>" + (f" ({esc(state)})" if state else ""))
    people = programme.people
    phones = [people[k] for k in activity.attendees if k in people and people[k].phone]
    return [
        esc(span(start=activity.start, end=activity.end)),
        esc(mexico_city_span(start=activity.start, end=activity.end)),
        f"<small>{esc(kind_label(activity.kind, language=language))}</small><br>{esc(activity.title.text)}",
        venue_text(activity=activity, language=language),
        "<br>".join(who),
        "<br>".join(f'{esc(p.name)}: <span class="nobr">{esc(p.phone)}</span>' for p in phones),
    ]


def _none(key: str, language: str) -> str:
    return f'<p class="free">{esc(say(key, language=language))}</p>'


def _order(activity: Activity) -> tuple[dt.datetime, str]:
    return (activity.start, activity.key)
