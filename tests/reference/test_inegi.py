import pycountry
import pytest

from convoy.reference.inegi import (
    Municipality,
    State,
    find_municipality,
    municipalities,
    municipality,
    state,
    state_by_iso,
    states,
)


def test_catalog_counts() -> None:
    assert len(states()) == 32
    assert len(municipalities()) == 2478


@pytest.mark.parametrize(
    ("state_key", "count"),
    [("01", 11), ("09", 16), ("14", 125), ("19", 51), ("20", 570), ("21", 217), ("32", 58)],
)
def test_municipalities_per_state(state_key: str, count: int) -> None:
    assert len(municipalities(state_key=state_key)) == count
    assert {item.state_key for item in municipalities(state_key=state_key)} == {state_key}


def test_every_municipality_belongs_to_exactly_one_state() -> None:
    per_state = [len(municipalities(state_key=item.key)) for item in states()]
    assert sum(per_state) == 2478
    assert min(per_state) == 5  # Baja California Sur


def test_keys_are_zero_padded_strings_everywhere() -> None:
    assert [item.key for item in states()] == [f"{number:02d}" for number in range(1, 33)]
    for item in municipalities():
        assert isinstance(item.key, str)
        assert len(item.key) == 5
        assert item.key.isdigit()
        assert item.key[:2] == item.state_key
    assert [item.key for item in municipalities()] == sorted(m.key for m in municipalities())


def test_known_values() -> None:
    assert municipality("14098") == Municipality(
        key="14098", name="San Pedro Tlaquepaque", state_key="14"
    )
    assert municipality("01001") == Municipality(key="01001", name="Aguascalientes", state_key="01")
    assert municipality("14039") == Municipality(key="14039", name="Guadalajara", state_key="14")
    assert state("09") == State(key="09", name="Ciudad de México", iso_code="MX-CMX")
    assert state("14") == State(key="14", name="Jalisco", iso_code="MX-JAL")
    assert state("01") == State(key="01", name="Aguascalientes", iso_code="MX-AGU")


def test_iso_mapping_is_one_to_one_with_pycountry() -> None:
    mexican = {item.code: item.name for item in pycountry.subdivisions.get(country_code="MX")}
    ours = {item.iso_code: item.name for item in states()}
    assert len(mexican) == 32
    assert ours == mexican  # same 32 codes, each with the same official name


def test_state_by_iso() -> None:
    assert state_by_iso("MX-CMX") == state("09")
    assert state_by_iso("MX-NLE") == state("19")
    assert state_by_iso("mx-jal") is None
    assert state_by_iso("US-CA") is None


def test_unknown_or_unpadded_keys_give_none() -> None:
    assert state("9") is None
    assert state("33") is None
    assert state("MX-JAL") is None
    assert municipality("1001") is None
    assert municipality("14999") is None
    assert municipalities(state_key="99") == ()


def test_find_municipality_ignores_case_accents_and_spaces() -> None:
    assert find_municipality("  san pedro   TLAQUEPAQUE") == municipality("14098")
    assert find_municipality("queretaro") == municipality("22014")
    assert find_municipality("Guadalajara", state_key="14") == municipality("14039")


def test_find_municipality_is_none_when_absent_or_ambiguous() -> None:
    assert find_municipality("Tlaquepaque") is None  # not the full name
    assert find_municipality("Benito Juárez") is None  # seven states have one
    assert find_municipality("Benito Juárez", state_key="23") == municipality("23005")
    assert find_municipality("Guadalajara", state_key="19") is None
