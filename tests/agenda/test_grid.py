"""Time arithmetic of a leg's grid (no database)."""

from __future__ import annotations

import datetime as dt

from convoy.agenda.services import grid, ids

T = dt.time


def test_slots_fill_the_window_with_whole_slots_only() -> None:
    assert grid.slot_count(day_start=T(9), day_end=T(13), slot_minutes=30) == 8
    assert grid.slot_count(day_start=T(9), day_end=T(13, 20), slot_minutes=30) == 8
    assert grid.slot_start(day_start=T(9), slot_minutes=30, slot=5) == T(11, 30)


def test_afternoon_starts_at_the_first_slot_not_before_it() -> None:
    assert grid.afternoon_slot(day_start=T(9), afternoon_start=T(11), slot_minutes=30, slots=8) == 4
    assert grid.afternoon_slot(day_start=T(9), afternoon_start=T(11, 10), slot_minutes=30, slots=8) == 5
    assert grid.afternoon_slot(day_start=T(9), afternoon_start=T(8), slot_minutes=30, slots=8) == 0
    assert grid.afternoon_slot(day_start=T(9), afternoon_start=T(20), slot_minutes=30, slots=8) == 8


def test_a_break_blocks_every_slot_it_touches() -> None:
    spans = [(T(10), T(10, 30)), (T(12, 15), T(12, 45))]
    assert grid.blocked_slots(day_start=T(9), slot_minutes=30, slots=8, spans=spans) == (2, 6, 7)


def test_a_window_keeps_only_the_slots_wholly_inside() -> None:
    assert grid.window_slots(day_start=T(9), slot_minutes=30, slots=8, start=T(11), end=T(12, 15)) == (4, 6)
    assert grid.window_slots(day_start=T(9), slot_minutes=30, slots=8, start=T(9, 10), end=T(9, 50)) == (1, 1)
    assert grid.window_slots(day_start=T(9), slot_minutes=30, slots=8, start=T(7), end=T(20)) == (0, 8)


def test_a_span_is_clipped_to_the_day() -> None:
    assert grid.span_slots(day_start=T(9), slot_minutes=30, slots=8, start=T(9), minutes=60) == (0, 2)
    assert grid.span_slots(day_start=T(9), slot_minutes=30, slots=8, start=T(9, 45), minutes=30) == (1, 2)
    assert grid.span_slots(day_start=T(9), slot_minutes=30, slots=8, start=T(12, 30), minutes=120) == (7, 1)
    assert grid.span_slots(day_start=T(9), slot_minutes=30, slots=8, start=T(8), minutes=30) is None


def test_meetings_round_up_to_whole_slots() -> None:
    assert [grid.slots_for(minutes=m, slot_minutes=30) for m in (5, 30, 31, 60, 90)] == [1, 1, 2, 2, 3]


def test_ids_carry_their_natural_keys_back() -> None:
    day = ids.day_id(leg_code="la", date=dt.date(2023, 2, 27))
    assert day == "day:la:2023-02-27"
    assert ids.parse_day(day) == ("la", dt.date(2023, 2, 27))
    assert ids.split_id(ids.counterpart_id(leg_code="la", org_key="port-la")) == ("cp", ("la", "port-la"))
