"""Local and Mexico City clocks (Mexico has no daylight saving time since 2022)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from convoy.documents.times import duration_text, long_date, mexico_city_span, short_date, span

LA = ZoneInfo("America/Los_Angeles")
TOKYO = ZoneInfo("Asia/Tokyo")


def test_los_angeles_winter_is_two_hours_behind_mexico_city() -> None:
    start, end = dt.datetime(2023, 2, 27, 9, tzinfo=LA), dt.datetime(2023, 2, 27, 10, 30, tzinfo=LA)
    assert span(start=start, end=end) == "09:00–10:30"
    assert mexico_city_span(start=start, end=end) == "11:00–12:30"


def test_los_angeles_summer_is_one_hour_behind_mexico_city() -> None:
    start, end = dt.datetime(2024, 7, 1, 9, tzinfo=LA), dt.datetime(2024, 7, 1, 10, tzinfo=LA)
    assert mexico_city_span(start=start, end=end) == "10:00–11:00"


def test_tokyo_morning_is_the_previous_evening_in_mexico_city() -> None:
    start, end = dt.datetime(2023, 3, 2, 10, tzinfo=TOKYO), dt.datetime(2023, 3, 2, 11, tzinfo=TOKYO)
    assert mexico_city_span(start=start, end=end) == "19:00–20:00 (-1 d)"


def test_dates_in_spanish_and_english() -> None:
    day = dt.date(2023, 2, 27)
    assert long_date(day=day, language="es") == "Lunes 27 de febrero de 2023"
    assert long_date(day=day, language="en") == "Monday, 27 February 2023"
    assert short_date(day=day, language="es") == "lun 27 feb"


def test_durations() -> None:
    assert [duration_text(minutes=m) for m in (45, 60, 90)] == ["45 min", "1 h", "1 h 30 min"]
