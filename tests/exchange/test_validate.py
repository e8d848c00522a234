"""Whole-document checks: structure, unique natural keys, and every cross-record rule."""

from __future__ import annotations

from typing import Any

from convoy.exchange.validate import validate_document

from .checks import issues_of


def test_a_document_must_be_an_object() -> None:
    assert issues_of([1, 2]) == [("", "The document must be a JSON object.")]


def test_format_version_and_unknown_fields(document: dict[str, Any]) -> None:
    document["format"], document["version"] = "something-else", 2
    document["extra"] = True
    document["mission"]["legs"][0]["breaks"][0]["length"] = 60
    assert issues_of(document) == [
        ("extra", "Unknown field “extra”."),
        ("format", "This is not a Convoy mission document: “format” must be “convoy-mission”."),
        ("version", "Version “2” of the mission document is not supported (use 1)."),
        ("mission.legs[0].breaks[0].length", "Unknown field “length”."),
    ]


def test_records_and_lists_must_have_their_shape(document: dict[str, Any]) -> None:
    document["mission"]["objectives"] = {"code": "investment"}
    document["mission"]["legs"][1]["venues"] = ["sjsu"]
    del document["mission"]["legs"][0]["breaks"]
    assert issues_of(document) == [
        ("mission.objectives", "This value must be a list."),
        ("mission.legs[1].venues[0]", "This value must be an object (a record with named fields)."),
    ]


def test_a_missing_mission_is_reported(document: dict[str, Any]) -> None:
    del document["mission"]
    assert issues_of(document) == [("mission", "This field is required.")]


def test_all_errors_are_reported_at_once_in_document_order(document: dict[str, Any]) -> None:
    document["mission"]["requests"][0]["priority"] = "urgent"
    document["organizations"][3]["country"] = "USA"
    document["mission"]["legs"][0]["end_date"] = "2023-02-26"
    assert [path for path, _message in issues_of(document)] == [
        "organizations[3].country",
        "mission.legs[0].end_date",
        "mission.requests[0].priority",
    ]


def test_natural_keys_are_unique(document: dict[str, Any]) -> None:
    mission = document["mission"]
    document["organizations"].append(dict(document["organizations"][4], name="SJSU"))
    mission["legs"][1]["venues"] = [mission["legs"][0]["venues"][1], mission["legs"][0]["venues"][1]]
    mission["counterparts"][0]["interests"].append(dict(mission["counterparts"][0]["interests"][0]))
    mission["counterparts"][0]["availability"][1] = {"date": "2023-02-27", "start": "15:00", "end": "16:00"}
    assert issues_of(document) == [
        ("organizations[6].key", "“sjsu” appears more than once in this list."),
        ("mission.legs[1].venues[1].code", "“netflix-hq” appears more than once in this list."),
        ("mission.counterparts[0].availability[1].start", "“2023-02-27 / 15:00” appears more than once in this list."),
        (
            "mission.counterparts[0].interests[1].text",
            "“offer / co_production / Producción de series en México.” appears more than once in this list.",
        ),
    ]


def test_a_misspelt_municipality_gets_suggestions(document: dict[str, Any]) -> None:
    municipality = document["organizations"][2]
    municipality["name"], municipality["inegi_key"] = "Tlaquepaque", "14999"
    assert issues_of(document) == [
        (
            "organizations[2].inegi_key",
            "“14999” is not an INEGI municipality key. Did you mean San Pedro Tlaquepaque (14098)?",
        )
    ]


def test_a_municipality_without_key_gets_suggestions_by_name(document: dict[str, Any]) -> None:
    municipality = document["organizations"][2]
    municipality["name"], municipality["inegi_key"] = "Tlaquepaque", ""
    assert issues_of(document) == [
        (
            "organizations[2].inegi_key",
            "A Mexican municipality needs its five-digit INEGI key. Did you mean San Pedro Tlaquepaque (14098)?",
        )
    ]


def test_the_key_of_another_municipality_than_the_one_named(document: dict[str, Any]) -> None:
    document["organizations"][1]["inegi_key"] = "14098"  # Guadalajara with Tlaquepaque's key
    assert issues_of(document) == [
        (
            "organizations[1].inegi_key",
            "The INEGI key 14098 belongs to San Pedro Tlaquepaque, not to Guadalajara. "
            "Did you mean Guadalajara (14039)?",
        )
    ]


def test_inegi_key_and_subdivision_must_agree(document: dict[str, Any]) -> None:
    document["organizations"][1]["subdivision"] = "MX-NLE"
    document["organizations"][0]["inegi_key"] = "33"
    assert issues_of(document) == [
        ("organizations[0].inegi_key", "“33” is not an INEGI state key."),
        ("organizations[1].subdivision", "The INEGI key belongs to Jalisco (MX-JAL), not MX-NLE."),
    ]


def test_a_subdivision_belongs_to_the_country(document: dict[str, Any]) -> None:
    document["organizations"][3]["subdivision"] = "MX-JAL"
    document["mission"]["legs"][1]["subdivision"] = "MX-JAL"
    assert issues_of(document) == [
        ("organizations[3].subdivision", "The subdivision “MX-JAL” is not in the country “US”."),
        ("mission.legs[1].subdivision", "The subdivision “MX-JAL” is not in the country “US”."),
    ]


def test_parents_exist_and_do_not_loop(document: dict[str, Any]) -> None:
    document["organizations"][0]["parent"] = "mun-14039"
    document["organizations"][3]["parent"] = "netflix"
    document["organizations"][4]["parent"] = "stanford"
    assert issues_of(document) == [
        ("organizations[0].parent", "The organizations jalisco, mun-14039 are members of one another in a circle."),
        ("organizations[1].parent", "The organizations mun-14039, jalisco are members of one another in a circle."),
        ("organizations[3].parent", "An organization cannot be a member of itself."),
        ("organizations[4].parent", "There is no organization “stanford” in the document."),
    ]


def test_itinerary_rules(document: dict[str, Any]) -> None:
    mission = document["mission"]
    mission["organizer"] = "amexcid"
    la, sj = mission["legs"]
    la["afternoon_start"] = "20:00"
    la["breaks"][0]["end"] = "12:00"
    la["travel_times"][0]["to"] = "airport"
    la["travel_times"][1]["to"] = "netflix-hq"
    sj["end_date"] = "2023-03-04"
    assert issues_of(document) == [
        ("mission.organizer", "There is no organization “amexcid” in the document."),
        ("mission.legs[0].afternoon_start", "The afternoon must start within the day (08:00 to 19:00)."),
        ("mission.legs[0].breaks[0].end", "The end must be after the start."),
        ("mission.legs[0].travel_times[0].to", "There is no venue “airport” in the leg “los-angeles”."),
        ("mission.legs[0].travel_times[1].to", "A travel time needs two different venues."),
        (
            "mission.legs[1].end_date",
            "The dates of the leg (2023-03-01 to 2023-03-04) fall outside the mission's dates "
            "(2023-02-27 to 2023-03-03).",
        ),
    ]


def test_a_counterpart_in_a_city_not_on_the_itinerary(document: dict[str, Any]) -> None:
    document["mission"]["counterparts"][0]["leg"] = "sacramento"
    document["mission"]["activities"][0]["host"] = None
    document["mission"]["requests"].pop(0)
    assert issues_of(document) == [
        (
            "mission.counterparts[0].leg",
            "The leg “sacramento” is not on the mission's itinerary (legs: los-angeles, san-jose).",
        )
    ]


def test_counterpart_references(document: dict[str, Any]) -> None:
    netflix = document["mission"]["counterparts"][0]
    netflix["venue"], netflix["contact"] = "city-hal", "Reed Hastings"
    netflix["availability"][0]["date"] = "2023-03-01"
    netflix["availability"][1]["end"] = "09:00"
    netflix["interests"][0]["axis"] = "diplomacy"
    document["mission"]["counterparts"][1]["organization"] = "stanford"
    assert issues_of(document) == [
        ("mission.counterparts[0].venue", "There is no venue “city-hal” in the leg “los-angeles”."),
        ("mission.counterparts[0].contact", "“Reed Hastings” is not a person of the organization “netflix”."),
        (
            "mission.counterparts[0].availability[0].date",
            "The date 2023-03-01 is outside the dates of the leg “los-angeles” (2023-02-27 to 2023-02-28).",
        ),
        ("mission.counterparts[0].availability[1].end", "The end must be after the start."),
        (
            "mission.counterparts[0].interests[0].axis",
            "There is no axis “diplomacy” in the mission (axes: creative-industries, economic).",
        ),
        ("mission.counterparts[1].organization", "There is no organization “stanford” in the document."),
        ("mission.requests[1].counterpart", "“sjsu” is not a counterpart of the mission in the leg “san-jose”."),
    ]


def test_delegation_references(document: dict[str, Any]) -> None:
    guadalajara = document["mission"]["delegations"][1]
    guadalajara["legs"] = ["los-angeles", "tokyo"]
    guadalajara["members"] = ["Luz Vega", "Ana Ruiz"]  # Ana Ruiz works for Jalisco
    assert issues_of(document) == [
        (
            "mission.delegations[1].legs[1]",
            "The leg “tokyo” is not on the mission's itinerary (legs: los-angeles, san-jose).",
        ),
        ("mission.delegations[1].members[1]", "“Ana Ruiz” is not a person of the organization “mun-14039”."),
    ]


def test_activity_rules(document: dict[str, Any]) -> None:
    group, visit = document["mission"]["activities"]
    group["date"], group["host"], group["delegations"] = "2023-03-01", "sjsu", ["jalisco", "netflix"]
    visit["fixed"], visit["venue"] = True, "netflix-hq"
    assert issues_of(document) == [
        ("mission.activities[0].host", "“sjsu” is not a counterpart of the mission in the leg “los-angeles”."),
        (
            "mission.activities[0].date",
            "The date 2023-03-01 is outside the dates of the leg “los-angeles” (2023-02-27 to 2023-02-28).",
        ),
        ("mission.activities[0].delegations[1]", "“netflix” is not a delegation of the mission."),
        ("mission.activities[1].venue", "There is no venue “netflix-hq” in the leg “san-jose”."),
        ("mission.activities[1].date", "A fixed activity needs a date and a start time."),
        ("mission.activities[1].start", "A fixed activity needs a date and a start time."),
    ]


def test_request_rules(document: dict[str, Any]) -> None:
    first, second = document["mission"]["requests"]
    first["delegation"] = "netflix"
    second["leg"] = "los-angeles"
    assert issues_of(document) == [
        ("mission.requests[0].delegation", "“netflix” is not a delegation of the mission."),
        ("mission.requests[1].counterpart", "“sjsu” is not a counterpart of the mission in the leg “los-angeles”."),
    ]


def test_a_valid_document_carries_its_checked_records(document: dict[str, Any]) -> None:
    validation = validate_document(document)
    assert validation.valid
    assert [n.values["key"] for n in validation.organizations] == [
        "jalisco", "mun-14039", "mun-14098", "netflix", "sjsu", "sre",
    ]  # fmt: skip
    assert validation.mission is not None
    assert str(validation.mission.children["objectives"][0].values["target"]) == "150000000.00"
