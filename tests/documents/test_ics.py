"""Calendar feeds parsed back: zones, UIDs that survive a re-plan, SEQUENCE, cancellations."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from convoy.documents.audience import Audience, activities_for
from convoy.documents.ics import calendar_feed

from .example import LA, MISSION, TOKYO, example_programme, meeting_key

GUADALAJARA = Audience("delegation", "mun-14039")
NETFLIX_MEETING = meeting_key("mun-14039", "netflix", "los-angeles")
UCLA_MEETING = meeting_key("mun-14039", "ucla", "los-angeles")


def events(feed: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(feed)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_feed_matches_the_agenda_with_its_zones() -> None:
    programme = example_programme()
    audience = Audience("delegation", "edo-01")
    feed = calendar_feed(versions=[programme], audience=audience, name="Aguascalientes")
    calendar = Calendar.from_ical(feed)
    assert sorted(str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")) == ["America/Los_Angeles", "Asia/Tokyo"]
    parsed = events(feed)
    expected = activities_for(programme=programme, audience=audience)
    assert sorted(parsed) == sorted(f"{a.key}@convoy" for a in expected)
    for activity in expected:
        event = parsed[f"{activity.key}@convoy"]
        assert event.decoded("DTSTART") == activity.start  # type: ignore[attr-defined]
        assert event.decoded("DTEND") == activity.end  # type: ignore[attr-defined]
        assert str(event["SUMMARY"]) == activity.title.text  # type: ignore[index]
        assert event["SEQUENCE"] == 0  # type: ignore[index]
        assert str(event["STATUS"]) == "CONFIRMED"  # type: ignore[index]
    tokyo = parsed[f"{meeting_key('edo-01', 'tachi-s', 'tokyo')}@convoy"]
    assert tokyo.decoded("DTSTART") == dt.datetime(2023, 3, 2, 10, tzinfo=TOKYO)  # type: ignore[attr-defined]
    assert tokyo["DTSTART"].params["TZID"] == "Asia/Tokyo"  # type: ignore[index]
    assert "CDMX: 19:00–20:00 (-1 d)" in str(tokyo["DESCRIPTION"])  # type: ignore[index]
    assert "Kenji Ejemplo (intérprete)" in str(tokyo["DESCRIPTION"])  # type: ignore[index]


def test_a_moved_meeting_keeps_its_uid_with_a_higher_sequence_and_a_dropped_one_is_cancelled() -> None:
    before = events(calendar_feed(versions=[example_programme(1)], audience=GUADALAJARA, name="GDL"))
    after = events(
        calendar_feed(versions=[example_programme(1), example_programme(2)], audience=GUADALAJARA, name="GDL")
    )
    assert sorted(after) == sorted(before)
    moved = after[f"{NETFLIX_MEETING}@convoy"]
    assert moved.decoded("DTSTART") == dt.datetime(2023, 2, 27, 12, tzinfo=LA)  # type: ignore[attr-defined]
    assert (moved["SEQUENCE"], str(moved["STATUS"])) == (1, "CONFIRMED")  # type: ignore[index]
    dropped = after[f"{UCLA_MEETING}@convoy"]
    assert (dropped["SEQUENCE"], str(dropped["STATUS"])) == (1, "CANCELLED")  # type: ignore[index]
    unchanged = after[f"{MISSION}/activity/bass-reception@convoy"]
    assert (unchanged["SEQUENCE"], str(unchanged["STATUS"])) == (0, "CONFIRMED")  # type: ignore[index]


def test_republishing_the_same_agenda_changes_no_sequence_and_a_cancellation_is_not_repeated() -> None:
    versions = [example_programme(1), example_programme(2), example_programme(2)]
    parsed = events(calendar_feed(versions=versions, audience=GUADALAJARA, name="GDL"))
    assert parsed[f"{NETFLIX_MEETING}@convoy"]["SEQUENCE"] == 1  # type: ignore[index]
    assert parsed[f"{UCLA_MEETING}@convoy"]["SEQUENCE"] == 1  # type: ignore[index]


def test_a_change_another_delegation_cannot_see_does_not_touch_its_feed() -> None:
    aguascalientes = Audience("delegation", "edo-01")
    parsed = events(
        calendar_feed(versions=[example_programme(1), example_programme(2)], audience=aguascalientes, name="AGS")
    )
    assert {uid: (e["SEQUENCE"], str(e["STATUS"])) for uid, e in parsed.items()} == {  # type: ignore[index]
        f"{MISSION}/activity/bass-reception@convoy": (0, "CONFIRMED"),
        f"{meeting_key('edo-01', 'ucla', 'los-angeles')}@convoy": (0, "CONFIRMED"),
        f"{MISSION}/activity/ucla-talent@convoy": (0, "CONFIRMED"),
        f"{meeting_key('edo-01', 'tachi-s', 'tokyo')}@convoy": (0, "CONFIRMED"),
    }


def test_counterpart_and_person_feeds() -> None:
    versions = [example_programme(1), example_programme(2)]
    ucla = events(calendar_feed(versions=versions, audience=Audience("counterpart", "ucla"), name="UCLA"))
    assert {uid: str(e["STATUS"]) for uid, e in ucla.items()} == {  # type: ignore[index]
        f"{meeting_key('edo-01', 'ucla', 'los-angeles')}@convoy": "CONFIRMED",
        f"{UCLA_MEETING}@convoy": "CANCELLED",
        f"{MISSION}/activity/ucla-talent@convoy": "CONFIRMED",
    }
    kenji = events(calendar_feed(versions=versions, audience=Audience("person", "sre/kenji"), name="Kenji"))
    assert list(kenji) == [f"{meeting_key('edo-01', 'tachi-s', 'tokyo')}@convoy"]


def test_group_session_description_names_no_other_delegation() -> None:
    parsed = events(calendar_feed(versions=[example_programme()], audience=GUADALAJARA, name="GDL"))
    description = str(parsed[f"{MISSION}/activity/ucla-talent@convoy"]["DESCRIPTION"])  # type: ignore[index]
    assert "Aguascalientes" not in description and "Diana" not in description
    assert description.splitlines()[:3] == ["sesión de grupo", "CDMX: 17:00–18:00", "UCLA"]
