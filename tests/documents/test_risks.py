"""The run sheet's risks and gaps on the example days."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from convoy.documents.risks import day_gaps, day_risks

from .example import LOS_ANGELES, example_programme, meeting_key


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
