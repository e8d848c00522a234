from convoy.reference.timezones import is_time_zone, time_zones


def test_valid_names() -> None:
    for name in ("America/Mexico_City", "America/Los_Angeles", "Asia/Tokyo", "UTC"):
        assert is_time_zone(name)


def test_invalid_names() -> None:
    for name in ("america/mexico_city", "Mars/Olympus_Mons", "", "Factory", "GMT+25"):
        assert not is_time_zone(name)


def test_time_zones_are_sorted_and_include_the_mission_cities() -> None:
    names = time_zones()
    assert list(names) == sorted(names)
    assert {"America/Mexico_City", "America/Los_Angeles", "Asia/Tokyo"} <= set(names)
    assert "Factory" not in names
