"""PDF itineraries: the delegation booklet, the counterpart agenda and the full mission programme."""

from __future__ import annotations

from convoy.documents.audience import MISSION, Audience, activities_for, attendees_shown
from convoy.documents.blocks import activity_block, city_change, contacts_section, cover, hop_note
from convoy.documents.data import Person, Programme
from convoy.documents.itinerary import LegPlan, lay_out
from convoy.documents.markup import DOCUMENT_CSS, date_heading, esc, page
from convoy.documents.pdf import render_pdf
from convoy.documents.words import say


def booklet_html(*, programme: Programme, delegation: str, language: str) -> str:
    """The delegation's booklet: its own activities only, with profiles, reasons and contacts."""
    return _itinerary_html(
        programme=programme, audience=Audience(kind="delegation", key=delegation), heading="booklet", language=language
    )


def counterpart_html(*, programme: Programme, counterpart: str, language: str) -> str:
    """A counterpart's agenda: the delegations it meets, when and where, and why."""
    return _itinerary_html(
        programme=programme,
        audience=Audience(kind="counterpart", key=counterpart),
        heading="counterpart_agenda",
        language=language,
    )


def programme_html(*, programme: Programme, language: str) -> str:
    """The whole mission: every activity of every leg, with who takes part."""
    return _itinerary_html(programme=programme, audience=MISSION, heading="programme", language=language)


def render_booklet(*, programme: Programme, delegation: str, language: str) -> bytes:
    return render_pdf(
        html=booklet_html(programme=programme, delegation=delegation, language=language), extra_css=DOCUMENT_CSS
    )


def render_counterpart_agenda(*, programme: Programme, counterpart: str, language: str) -> bytes:
    return render_pdf(
        html=counterpart_html(programme=programme, counterpart=counterpart, language=language), extra_css=DOCUMENT_CSS
    )


def render_programme(*, programme: Programme, language: str) -> bytes:
    return render_pdf(html=programme_html(programme=programme, language=language), extra_css=DOCUMENT_CSS)


def _itinerary_html(*, programme: Programme, audience: Audience, heading: str, language: str) -> str:
    activities = activities_for(programme=programme, audience=audience)
    party = programme.party(audience.key) if audience.kind != "mission" else None
    subject = esc(party.name) if party else esc(programme.organizer.name)
    title = f"{say(heading, language=language)} — {party.name if party else programme.mission}"
    detail = audience.kind != "mission"
    body = [cover(programme=programme, heading=say(heading, language=language), subject=subject, language=language)]
    body += [
        _leg_section(programme=programme, plan=plan, audience=audience, language=language, detail=detail)
        for plan in lay_out(programme=programme, activities=activities)
    ]
    if detail:
        people = _contacts(programme=programme, audience=audience)
        body.append(contacts_section(people=people, programme=programme, language=language))
    return page(title=title, language=language, body="".join(body))


def _leg_section(*, programme: Programme, plan: LegPlan, audience: Audience, language: str, detail: bool) -> str:
    leg = plan.leg
    zone = f"{say('time_zone', language=language)}: {leg.time_zone}"
    parts = [
        f'<section class="leg"><h2>{esc(leg.city)} ({esc(leg.country)}) <span class="zone">{esc(zone)}</span></h2>'
    ]
    if plan.arrival is not None:
        parts.append(city_change(change=plan.arrival, language=language))
    for day in plan.days:
        parts.append(f"<h3>{date_heading(day=day.date, language=language)}</h3>")
        if not day.activities:
            parts.append(f'<p class="free">{esc(say("free_day", language=language))}</p>')
        for activity in day.activities:
            parts.append(
                activity_block(
                    programme=programme, activity=activity, audience=audience, language=language, detail=detail
                )
            )
            hop = day.hop_after(activity.key) if audience.kind != "mission" else None
            if hop is not None:
                parts.append(hop_note(hop=hop, language=language))
    parts.append("</section>")
    return "".join(parts)


def _contacts(*, programme: Programme, audience: Audience) -> tuple[Person, ...]:
    """The organizer's people, the audience's own, then everyone shown beside its activities."""
    people: dict[str, Person] = {p.key: p for p in programme.organizer.people}
    own = programme.party(audience.key)
    people.update({p.key: p for p in (own.people if own else ())})
    for activity in activities_for(programme=programme, audience=audience):
        people.update({p.key: p for p in attendees_shown(programme=programme, activity=activity, audience=audience)})
        for key in (*activity.counterparts, *(activity.delegations if audience.kind == "counterpart" else ())):
            party = programme.party(key)
            people.update({p.key: p for p in (party.people if party else ()) if p.phone or p.email})
    return tuple(people.values())
