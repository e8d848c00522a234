"""The parts the PDF documents share: cover, activity, travel notes, contacts."""

from __future__ import annotations

from convoy.documents.audience import Audience, attendees_shown, other_delegations
from convoy.documents.data import Activity, Person, Programme
from convoy.documents.itinerary import CityChange, Hop
from convoy.documents.markup import definition, esc, table, written
from convoy.documents.times import clock, mexico_city_span, short_date, span
from convoy.documents.words import kind_label, render, role_label, say

CONTACT_CELLS = ("", "", "", "phone", "email")


def cover(*, programme: Programme, heading: str, subject: str, language: str) -> str:
    legs = ", ".join(esc(leg.city) for leg in programme.legs)
    dates = f"{short_date(day=programme.start_date, language=_one(language))} – "
    dates += short_date(day=programme.end_date, language=_one(language)) + f" {programme.end_date.year}"
    rows = [
        (say("mission", language=language), written(programme.title)),
        (say("organizer", language=language), esc(programme.organizer.name)),
        (say("dates", language=language), esc(dates)),
        (say("itinerary", language=language), legs),
        (
            say("version", language=language),
            f"{programme.version} · {say('issued', language=language)} "
            f"{esc(programme.issued.strftime('%Y-%m-%d %H:%M UTC'))}",
        ),
    ]
    meta = "".join(f"<tr><td>{esc(label)}</td><td>{value}</td></tr>" for label, value in rows)
    draft = f'<p class="draft">{esc(say("draft", language=language))}</p>' if programme.status != "published" else ""
    return (
        f'<section class="cover"><p class="kind">{esc(heading)}</p><h1>{written(programme.title)}</h1>'
        f'<p class="for">{subject}</p>{draft}<table class="meta">{meta}</table></section>'
    )


def activity_block(
    *, programme: Programme, activity: Activity, audience: Audience, language: str, detail: bool = True
) -> str:
    """One activity: local and Mexico City time, title, venue, who attends, why (when ``detail``)."""
    when = esc(span(start=activity.start, end=activity.end))
    cdmx = f"{say('cdmx', language=language)} {mexico_city_span(start=activity.start, end=activity.end)}"
    parts = [
        f'<div class="activity" id="{esc(activity.key)}">',
        f'<div class="when">{when}<span class="cdmx">{esc(cdmx)}</span></div>',
        f'<div class="kind">{esc(kind_label(activity.kind, language=language))}</div>',
        f'<div class="title">{written(activity.title)}</div><dl>',
        definition(label=say("venue", language=language), value=venue_text(activity=activity, language=language)),
        _partners(programme=programme, activity=activity, audience=audience, language=language, detail=detail),
        definition(
            label=say("attendees", language=language), value=_attendees(programme, activity, audience, language)
        ),
    ]
    if detail:
        parts += [
            definition(label=say("why", language=language), value=written(activity.why)),
            definition(
                label=say("match", language=language),
                value=esc(render(text=activity.explanation, language=language)) if activity.explanation else "",
            ),
            definition(label=say("notes", language=language), value=written(activity.description)),
        ]
    parts.append("</dl></div>")
    return "".join(parts)


def venue_text(*, activity: Activity, language: str) -> str:
    if activity.venue is None:
        return f'<span class="free">{esc(say("no_venue", language=language))}</span>'
    address = esc(activity.venue.address) or f'<span class="free">{esc(say("no_address", language=language))}</span>'
    return f"<b>{esc(activity.venue.name)}</b><br>{address}"


def hop_note(*, hop: Hop, language: str) -> str:
    trip = f"{hop.minutes} min" if hop.minutes is not None else "?"
    where = hop.destination.name
    text = {
        "es": f"→ {say('travel', language='es')} a {where}: {trip} de camino; {hop.spare} min entre actividades",
        "en": f"→ {say('travel', language='en')} to {where}: {trip} on the road; {hop.spare} min between activities",
    }
    shown = text["es"] + " / " + text["en"] if language == "both" else text[language]
    warning = f" ⚠ {say('tight', language=language)}" if hop.tight else ""
    return f'<p class="hop{" tight" if hop.tight else ""}">{esc(shown)}{warning}</p>'


def city_change(*, change: CityChange, language: str) -> str:
    route = f"{change.origin.city} → {change.destination.city}"
    times = []
    if change.leaving is not None:
        times.append(f"{clock(moment=change.leaving)} {short_date(day=change.leaving.date(), language=_one(language))}")
    if change.arriving is not None:
        times.append(
            f"{clock(moment=change.arriving)} {short_date(day=change.arriving.date(), language=_one(language))}"
        )
    detail = {
        "es": f"última actividad en {change.origin.city}: {times[0]}; primera en {change.destination.city}: {times[1]}",
        "en": f"last activity in {change.origin.city}: {times[0]}; first in {change.destination.city}: {times[1]}",
    }
    shown = detail["es"] + " / " + detail["en"] if language == "both" else detail[language]
    zone = f"{say('time_zone', language=language)}: {change.destination.time_zone}"
    return (
        f'<div class="citychange"><b>{esc(say("travel_between_cities", language=language))}: {esc(route)}</b>'
        f"<br>{esc(shown)}<br>{esc(zone)}</div>"
    )


def contacts_section(*, people: tuple[Person, ...], programme: Programme, language: str) -> str:
    rows = []
    for person in people:
        party = programme.party(person.organization)
        rows.append(
            [
                esc(person.name) + (f"<br><span class='free'>{esc(person.position)}</span>" if person.position else ""),
                esc(party.name if party else person.organization),
                esc(role_label(person.role, language=language)),
                esc(person.phone),
                esc(person.email),
            ]
        )
    headers = [esc(say(k, language=language)) for k in ("name", "organization", "role", "phone", "email")]
    heading = esc(say("contacts", language=language))
    grid = table(headers=headers, rows=rows, cell_classes=CONTACT_CELLS)
    return f'<section class="contacts"><h2>{heading}</h2>{grid}</section>'


def _one(language: str) -> str:
    return "es" if language == "both" else language


def _partners(*, programme: Programme, activity: Activity, audience: Audience, language: str, detail: bool) -> str:
    """The other side, with brief profiles in detail: counterparts for a delegation, and the reverse."""
    if audience.kind == "mission":
        return definition(label=say("counterpart", language=language), value=_names(programme, activity.counterparts))
    side = "delegations" if audience.kind == "counterpart" else "counterparts"
    keys = activity.delegations if side == "delegations" else activity.counterparts
    items = []
    for key in keys:
        party = programme.party(key)
        if party is None or key == audience.key:
            continue
        profile = f'<br><span class="free">{written(party.profile)}</span>' if detail and party.profile else ""
        items.append(f"<b>{esc(party.name)}</b>{profile}")
    label = say("delegation" if side == "delegations" else "counterpart", language=language)
    return definition(label=label, value="<br>".join(items))


def _side(programme: Programme, key: str) -> str:
    party = programme.party(key)
    return party.side if party is not None else ""


def _names(programme: Programme, keys: tuple[str, ...]) -> str:
    parties = (programme.party(key) for key in keys)
    return ", ".join(esc(p.name) for p in parties if p is not None)


def _attendees(programme: Programme, activity: Activity, audience: Audience, language: str) -> str:
    """People attending (never another delegation's); the organizer also sees every delegation's name."""
    people = attendees_shown(programme=programme, activity=activity, audience=audience)
    if audience.kind == "mission":  # delegations by name; their members are in their own booklets
        people = tuple(p for p in people if _side(programme, p.organization) != "delegation")
    names = [f"{esc(p.name)} ({esc(role_label(p.role, language=language))})" for p in people]
    if activity.everyone and audience.kind != "delegation":
        names.insert(0, esc(say("everyone", language=language)))
    if audience.kind == "mission":
        names += [_names(programme, activity.delegations)] if activity.delegations else []
    elif audience.kind != "counterpart":
        others = other_delegations(programme=programme, activity=activity, audience=audience)
        names += [f"+{others} {esc(say('others', language=language))}"] if others else []
    return ", ".join(names)
