"""Days by leg, travel between venues (tight or not) and between cities."""

from __future__ import annotations

import datetime as dt

from convoy.documents.audience import Audience, activities_for
from convoy.documents.itinerary import lay_out, travel_minutes

from .example import LOS_ANGELES, example_programme


def plans_for(key: str):  # type: ignore[no-untyped-def]
    programme = example_programme()
    return lay_out(
        programme=programme, activities=activities_for(programme=programme, audience=Audience("delegation", key))
    )


def test_travel_minutes_read_in_either_direction_and_unknown_is_none() -> None:
    assert travel_minutes(leg=LOS_ANGELES, origin="ucla", destination="la-city-hall") == 40
    assert travel_minutes(leg=LOS_ANGELES, origin="la-city-hall", destination="ucla") == 40
    assert travel_minutes(leg=LOS_ANGELES, origin="ucla", destination="nowhere") is None


def test_every_day_of_each_leg_with_a_hop_after_the_plenary() -> None:
    (leg,) = plans_for("mun-14039")
    assert [d.date for d in leg.days] == [dt.date(2023, 2, 27), dt.date(2023, 2, 28)]
    (hop,) = leg.days[0].hops
    assert (hop.origin.key, hop.destination.key, hop.minutes, hop.spare, hop.tight) == (
        "la-city-hall",
        "netflix-hq",
        25,
        30,
        False,
    )
    assert leg.arrival is None


def test_forty_minutes_to_ucla_in_fifteen_is_tight() -> None:
    los_angeles, tokyo = plans_for("edo-01")
    (hop,) = los_angeles.days[0].hops
    assert (hop.destination.key, hop.minutes, hop.spare, hop.tight) == ("ucla", 40, 15, True)
    assert tokyo.arrival is not None
    assert (tokyo.arrival.origin.code, tokyo.arrival.destination.code) == ("los-angeles", "tokyo")
    assert tokyo.arrival.leaving is not None and tokyo.arrival.arriving is not None
    assert tokyo.arrival.leaving.isoformat() == "2023-02-28T16:00:00-08:00"
    assert tokyo.arrival.arriving.isoformat() == "2023-03-02T10:00:00+09:00"
