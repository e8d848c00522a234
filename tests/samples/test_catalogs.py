"""INEGI keys, names and subdivisions, SCIAN codes, countries and time zones match the catalogs."""

import pytest

from convoy.reference import countries, inegi, scian, timezones

from .loaded import documents, interests

DOCS = list(documents().values())
ids = lambda doc: doc["mission"]["slug"]  # noqa: E731


def municipalities():
    return {o["key"]: o for doc in DOCS for o in doc["organizations"] if o["kind"] == "municipality"}


def test_every_municipality_key_exists_and_its_name_and_state_match_the_catalog():
    found = {key: inegi.municipality(o["inegi_key"]) for key, o in municipalities().items()}
    assert [key for key, item in found.items() if item is None] == []
    assert {key: o["name"] for key, o in municipalities().items()} == {key: item.name for key, item in found.items()}
    subdivisions = {key: inegi.state(o["inegi_key"][:2]).iso_code for key, o in municipalities().items()}
    assert {key: o["subdivision"] for key, o in municipalities().items()} == subdivisions
    assert all(key == f"mun-{o['inegi_key']}" and o["country"] == "MX" for key, o in municipalities().items())


def test_the_municipalities_the_research_names_carry_their_catalog_keys():
    named = {o["name"]: o["inegi_key"] for o in municipalities().values()}
    assert {
        name: named[name]
        for name in (
            "Mérida",
            "Tlaxcala",
            "San Luis Potosí",
            "Colima",
            "Cuernavaca",
            "Chihuahua",
            "Hermosillo",
            "Guanajuato",
            "Mexicali",
            "Ensenada",
            "Aguascalientes",
        )
    } == {
        "Mérida": "31050",
        "Tlaxcala": "29033",
        "San Luis Potosí": "24028",
        "Colima": "06002",
        "Cuernavaca": "17007",
        "Chihuahua": "08019",
        "Hermosillo": "26030",
        "Guanajuato": "11015",
        "Mexicali": "02002",
        "Ensenada": "02001",
        "Aguascalientes": "01001",
    }


def test_every_mexican_state_carries_its_inegi_key_and_iso_subdivision():
    states = {o["key"]: o for doc in DOCS for o in doc["organizations"] if o["kind"] == "state"}
    assert len(states) == 12
    assert {key: (o["inegi_key"], o["subdivision"]) for key, o in states.items()} == {
        key: (key[4:], inegi.state(key[4:]).iso_code) for key in states
    }


def test_only_mexican_states_and_municipalities_carry_an_inegi_key():
    others = [
        o["key"]
        for doc in DOCS
        for o in doc["organizations"]
        if o["inegi_key"] and o["kind"] not in ("state", "municipality")
    ]
    assert others == []


@pytest.mark.parametrize("doc", DOCS, ids=ids)
def test_every_scian_code_is_in_the_catalog(doc):
    codes = {c for o in doc["organizations"] for c in o["scian_codes"]} | {
        c for i in interests(doc) for c in i["scian_codes"]
    }
    assert {c for c in codes if scian.sector(c) is None} == set()
    assert all(isinstance(c, str) for c in codes)


@pytest.mark.parametrize("doc", DOCS, ids=ids)
def test_countries_subdivisions_and_time_zones_are_valid(doc):
    places = [(o["country"], o["subdivision"]) for o in doc["organizations"]]
    places += [(leg["country"], leg["subdivision"]) for leg in doc["mission"]["legs"]]
    assert [c for c, _ in places if not countries.is_country(c)] == []
    assert [s for c, s in places if s and not (countries.is_subdivision(s) and s.startswith(f"{c}-"))] == []
    assert all(timezones.is_time_zone(leg["time_zone"]) for leg in doc["mission"]["legs"])


def test_legs_use_the_time_zone_of_their_city():
    zones = {leg["city"]: leg["time_zone"] for doc in DOCS for leg in doc["mission"]["legs"]}
    assert zones == {
        "Los Angeles": "America/Los_Angeles",
        "San José": "America/Los_Angeles",
        "San Francisco": "America/Los_Angeles",
        "Sacramento": "America/Los_Angeles",
        "Tokio": "Asia/Tokyo",
        "Nagoya": "Asia/Tokyo",
    }
