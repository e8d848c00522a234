"""Cell values as Excel stores them, read back into document values."""

from __future__ import annotations

import datetime as dt

from convoy.exchange.schema import Kind
from convoy.exchange.workbook_cells import join_list, read_cell, split_list


def test_lists_split_on_semicolons_or_commas() -> None:
    assert split_list("los-angeles; san-jose") == ["los-angeles", "san-jose"]
    assert split_list("bilateral,group_session , ") == ["bilateral", "group_session"]
    assert split_list("Pérez, Juan; López, Ana") == ["Pérez, Juan", "López, Ana"]


def test_a_lone_item_with_a_comma_reads_back_whole() -> None:
    assert join_list(["Pérez, Juan"]) == "Pérez, Juan;"
    assert split_list(join_list(["Pérez, Juan"])) == ["Pérez, Juan"]
    assert join_list(["a", "b"]) == "a; b"


def test_empty_cells_are_missing_values() -> None:
    assert [read_cell(kind, value) for kind, value in [(Kind.TEXT, None), (Kind.TEXT, "  "), (Kind.INT, "")]] == [
        None, None, None,
    ]  # fmt: skip


def test_numbers_typed_in_text_columns_become_text() -> None:
    assert read_cell(Kind.TEXT, 5512345678) == "5512345678"
    assert read_cell(Kind.SCIAN, 336) == ["336"]
    assert read_cell(Kind.CODE, 2023.0) == "2023"
    assert read_cell(Kind.TEXT, " keeps spaces ") == " keeps spaces "


def test_inegi_keys_typed_as_numbers_get_their_zeros_back() -> None:
    assert read_cell(Kind.TEXT, 1001, name="inegi_key") == "01001"
    assert read_cell(Kind.TEXT, 1.0, name="inegi_key") == "01"
    assert read_cell(Kind.TEXT, "01001", name="inegi_key") == "01001"


def test_yes_and_no_in_either_language() -> None:
    words = ["sí", "SI", "yes", "TRUE", "x", "no", "No", "false", "0", "tal vez"]
    assert [read_cell(Kind.BOOL, word) for word in words] == [
        True, True, True, True, True, False, False, False, False, "tal vez",
    ]  # fmt: skip
    assert (read_cell(Kind.BOOL, True), read_cell(Kind.BOOL, 1)) == (True, True)


def test_dates_and_times_from_cells_or_text() -> None:
    assert read_cell(Kind.DATE, dt.datetime(2023, 2, 27)) == "2023-02-27"
    assert read_cell(Kind.DATE, "2023-02-30") == "2023-02-30"
    assert read_cell(Kind.TIME, dt.time(12, 59, 59, 999000)) == "13:00"
    assert read_cell(Kind.TIME, dt.datetime(1899, 12, 30, 8, 30)) == "08:30"
    assert read_cell(Kind.TIME, 0.625) == "15:00"


def test_numbers_for_whole_and_decimal_fields() -> None:
    assert (read_cell(Kind.INT, 30.0), read_cell(Kind.INT, "45"), read_cell(Kind.INT, "3.5")) == (30, 45, "3.5")
    assert read_cell(Kind.DECIMAL, 34.0536) == "34.0536"
    assert read_cell(Kind.DECIMAL, 1.5e16) == "15000000000000000"
    assert read_cell(Kind.DECIMAL, -118.2429) == "-118.2429"
