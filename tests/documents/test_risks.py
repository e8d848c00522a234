"""The run sheet's risks and gaps on the example days."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from convoy.agenda.models import AgendaVersion
from convoy.documents.collect import collect_programme
from convoy.documents.data import Activity, Pause, Programme
from convoy.documents.risks import day_gaps, day_risks, gaps_of

from .example import LOS_ANGELES, example_programme, meeting_key
from .stored import published_sample


def day(date: dt.date, version: int = 1):  # type: ignore[no-untyped-def]
    programme = example_programme(version)
    return programme, tuple(a for a in programme.activities if a.start.date() == date and a.leg == "los-angeles")


def test_first_day_risks_tight_travel_missing_address_and_unconfirmed_counterpart() -> None:
    programme, activities = day(dt.date(2023, 2, 27))
    risks = day_risks(programme=programme, leg=LOS_ANGELES, activities=activities)
    assert [(r.code, r.party) for r in risks] == [
        ("tight_travel", "edo-01"),
        ("no_address", ""),
        ("unconfirmed", "ucla"),
    ]
    assert risks[0].message.en == (
        "Aguascalientes: tight travel (Los Angeles City Hall → UCLA): 40 min on the road, 15 free."
    )
    assert risks[2].message.es == "UCLA: confirmación pendiente para las 10:45."


def test_double_booking_beyond_a_delegations_tracks() -> None:
    programme, activities = day(dt.date(2023, 2, 27))
    netflix = next(a for a in activities if a.key == meeting_key("mun-14039", "netflix", "los-angeles"))
    clash = replace(
        netflix,
        key="extra",
        counterparts=(),
        start=netflix.start + dt.timedelta(minutes=15),
        end=netflix.end + dt.timedelta(minutes=15),
    )
    risks = day_risks(programme=programme, leg=LOS_ANGELES, activities=(*activities, clash))
    doubles = [(r.party, r.activity, r.message.en) for r in risks if r.code == "double_booking"]
    assert doubles == [(netflix.delegations[0], netflix.key, "Guadalajara: 2 activities at once from 11:00.")]
    two_tracks = replace(programme, parties=tuple(replace(p, tracks=2) for p in programme.parties))
    risks = day_risks(programme=two_tracks, leg=LOS_ANGELES, activities=(*activities, clash))
    assert [r for r in risks if r.code == "double_booking"] == []


def test_gaps_of_an_hour_or_more_per_delegation() -> None:
    programme, activities = day(dt.date(2023, 2, 28))
    gaps = day_gaps(programme=programme, activities=activities)
    assert [(g.party, g.start, g.end, g.minutes) for g in gaps] == [("mun-14039", "09:30", "15:00", 330)]
    programme, activities = day(dt.date(2023, 2, 28), version=2)
    assert day_gaps(programme=programme, activities=activities) == ()


LUNCH = Pause("Comida", dt.time(13, 0), dt.time(14, 0))
COFFEE = Pause("Café", dt.time(10, 30), dt.time(11, 0))


def with_pauses(*pauses: Pause) -> tuple[Programme, tuple[Activity, ...]]:
    """Guadalajara's Netflix meeting (11:00–12:00 on 27 February) alone, with the leg's pauses."""
    programme = example_programme()
    legs = tuple(replace(leg, pauses=pauses) if leg.code == "los-angeles" else leg for leg in programme.legs)
    netflix = next(
        a
        for a in programme.activities
        if a.key == meeting_key("mun-14039", "netflix", "los-angeles") and a.start.date() == dt.date(2023, 2, 27)
    )
    return replace(programme, legs=legs), (netflix,)


def at(activity: Activity, start: str, end: str, key: str) -> Activity:
    day, zone = activity.start.date(), activity.start.tzinfo
    return replace(
        activity,
        key=key,
        start=dt.datetime.combine(day, dt.time.fromisoformat(start), tzinfo=zone),
        end=dt.datetime.combine(day, dt.time.fromisoformat(end), tzinfo=zone),
    )


def gaps_between(first: tuple[str, str], second: tuple[str, str], *pauses: Pause) -> list[tuple[str, str, int]]:
    programme, (meeting,) = with_pauses(*pauses)
    day = (at(meeting, *first, key="first"), at(meeting, *second, key="second"))
    return [(g.start, g.end, g.minutes) for g in day_gaps(programme=programme, activities=day)]


def test_lunch_alone_between_two_meetings_is_no_gap() -> None:
    assert gaps_between(("12:00", "13:00"), ("14:00", "15:00")) == [("13:00", "14:00", 60)]
    assert gaps_between(("12:00", "13:00"), ("14:00", "15:00"), LUNCH) == []


def test_a_stretch_with_lunch_counts_only_its_minutes_outside_the_pause() -> None:
    assert gaps_between(("11:00", "12:00"), ("14:00", "15:00"), LUNCH) == [("12:00", "14:00", 60)]
    assert gaps_between(("11:00", "12:30"), ("14:00", "15:00"), LUNCH) == []
    assert gaps_between(("11:00", "12:00"), ("13:30", "15:00"), LUNCH) == [("12:00", "13:30", 60)]
    assert gaps_between(("11:00", "12:15"), ("13:30", "15:00"), LUNCH) == []
    assert gaps_between(("14:30", "15:00"), ("16:30", "17:00"), LUNCH) == [("15:00", "16:30", 90)]


def test_a_stretch_of_90_minutes_with_a_30_minute_coffee_keeps_an_hour_idle() -> None:
    assert gaps_between(("09:00", "10:00"), ("11:30", "12:30"), COFFEE) == [("10:00", "11:30", 60)]
    assert gaps_between(("09:00", "10:00"), ("11:30", "12:30"), COFFEE, LUNCH) == [("10:00", "11:30", 60)]
    assert gaps_between(("09:00", "10:15"), ("11:30", "12:30"), COFFEE) == []


def test_pauses_that_overlap_are_not_counted_twice() -> None:
    late_lunch = Pause("Comida larga", dt.time(13, 30), dt.time(14, 30))
    assert gaps_between(("11:00", "12:00"), ("15:30", "16:00"), LUNCH, late_lunch) == [("12:00", "15:30", 120)]


def test_gaps_of_takes_the_pauses_of_the_day() -> None:
    programme, (meeting,) = with_pauses()
    party = next(p for p in programme.parties if p.key == "mun-14039")
    day = (at(meeting, "12:00", "13:00", key="first"), at(meeting, "14:30", "15:00", key="second"))
    assert [g.minutes for g in gaps_of(party=party, activities=day)] == [90]
    assert gaps_of(party=party, activities=day, pauses=(LUNCH,)) == ()
    assert [g.minutes for g in gaps_of(party=party, activities=day, pauses=(COFFEE,))] == [90]


@pytest.mark.django_db
def test_collected_legs_carry_their_breaks_as_pauses() -> None:
    published_sample("maen-sacramento")
    version = AgendaVersion.objects.get(mission__slug="maen-sacramento", number=1)
    programme = collect_programme(version=version)
    assert [leg.pauses for leg in programme.legs] == [(Pause("Comida", dt.time(12, 30), dt.time(13, 30)),)]
    for leg in programme.legs:
        for day in leg.days():
            activities = tuple(a for a in programme.activities if a.leg == leg.code and a.start.date() == day)
            plain = replace(programme, legs=tuple(replace(x, pauses=()) for x in programme.legs))
            by_clock = {(g.party, g.start, g.end): g.minutes for g in day_gaps(programme=plain, activities=activities)}
            for gap in day_gaps(programme=programme, activities=activities):
                assert 60 <= gap.minutes <= by_clock[(gap.party, gap.start, gap.end)]
