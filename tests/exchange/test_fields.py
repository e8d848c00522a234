"""Field checks: types, formats, enumerations and the model's own validators, at their path."""

from __future__ import annotations

from typing import Any

from convoy.exchange.validate import validate_document

from .checks import issues_of


def test_the_small_document_is_valid(document: dict[str, Any]) -> None:
    assert issues_of(document) == []


def test_an_impossible_date_is_reported_at_its_field(document: dict[str, Any]) -> None:
    document["mission"]["counterparts"][0]["availability"][1]["date"] = "2023-02-30"
    assert issues_of(document) == [
        ("mission.counterparts[0].availability[1].date", "“2023-02-30” is not a valid date (YYYY-MM-DD).")
    ]


def test_dates_must_be_written_year_month_day(document: dict[str, Any]) -> None:
    document["mission"]["start_date"] = "20230227"
    assert issues_of(document) == [("mission.start_date", "“20230227” is not a valid date (YYYY-MM-DD).")]


def test_times_are_hours_and_minutes(document: dict[str, Any]) -> None:
    leg = document["mission"]["legs"][0]
    leg["day_start"], leg["day_end"] = "24:00", "19:00:00"
    assert issues_of(document) == [
        ("mission.legs[0].day_start", "“24:00” is not a valid time (HH:MM)."),
        ("mission.legs[0].day_end", "“19:00:00” is not a valid time (HH:MM)."),
    ]


def test_an_unknown_value_lists_the_allowed_ones(document: dict[str, Any]) -> None:
    document["mission"]["delegations"][0]["priority"] = "urgent"
    document["mission"]["counterparts"][0]["formats"] = ["bilateral", "dinner"]
    assert issues_of(document) == [
        ("mission.delegations[0].priority", "“urgent” is not one of the allowed values: must, high, normal."),
        (
            "mission.counterparts[0].formats[1]",
            "“dinner” is not one of the allowed values: bilateral, group_session, site_visit, briefing.",
        ),
    ]


def test_a_missing_required_field_is_reported(document: dict[str, Any]) -> None:
    del document["organizations"][5]["name"]
    document["mission"]["legs"][1]["city"] = "  "
    assert issues_of(document) == [
        ("organizations[5].name", "This field is required."),
        ("mission.legs[1].city", "This field is required."),
    ]


def test_required_field_message_follows_the_language(document: dict[str, Any]) -> None:
    del document["organizations"][5]["name"]
    assert issues_of(document, language="es") == [("organizations[5].name", "Este campo es obligatorio.")]


def test_optional_fields_take_the_model_defaults(document: dict[str, Any]) -> None:
    leg = document["mission"]["legs"][1]
    for name in ("order", "subdivision", "day_start", "slot_minutes", "breaks", "synthetic"):
        del leg[name]
    node = validate_document(document).mission
    assert node is not None
    values = node.children["legs"][1].values
    assert (values["order"], values["subdivision"], str(values["day_start"])) == (0, "", "09:00:00")
    assert (values["slot_minutes"], values["synthetic"], node.children["legs"][1].children["breaks"]) == (30, False, [])


def test_types_are_checked(document: dict[str, Any]) -> None:
    document["mission"]["legs"][0]["slot_minutes"] = "30"
    document["mission"]["legs"][0]["synthetic"] = "no"
    document["mission"]["title"] = 7
    document["mission"]["delegations"][0]["legs"] = "los-angeles"
    assert issues_of(document) == [
        ("mission.title", "This value must be text."),
        ("mission.legs[0].slot_minutes", "“30” is not a whole number."),
        ("mission.legs[0].synthetic", "“no” is not true or false (sí or no in the workbook)."),
        ("mission.delegations[0].legs", "This value must be a list."),
    ]


def test_codes_are_ascii_slugs(document: dict[str, Any]) -> None:
    document["mission"]["legs"][1]["code"] = "San José"
    assert issues_of(document)[0] == (
        "mission.legs[1].code",
        "“San José” is not a valid code: use lowercase letters, digits and hyphens.",
    )


def test_decimals_keep_the_model_precision(document: dict[str, Any]) -> None:
    venue = document["mission"]["legs"][0]["venues"][0]
    venue["latitude"], venue["longitude"] = "34.0536001", "west"
    assert issues_of(document) == [
        ("mission.legs[0].venues[0].latitude", "Ensure that there are no more than 6 decimal places."),
        ("mission.legs[0].venues[0].longitude", "“west” is not a decimal number."),
    ]


def test_numbers_are_accepted_for_decimals_and_stored_with_their_places(document: dict[str, Any]) -> None:
    document["mission"]["objectives"][0]["target"] = 150000000
    node = validate_document(document).mission
    assert node is not None
    assert str(node.children["objectives"][0].values["target"]) == "150000000.00"


def test_catalog_validators_of_the_model_are_reused(document: dict[str, Any]) -> None:
    leg = document["mission"]["legs"][0]
    leg["country"], leg["time_zone"] = "XX", "Pacific/Nowhere"
    document["mission"]["objectives"][0]["currency"] = "USX"
    document["organizations"][0]["scian_codes"] = ["5112", "9999"]
    document["organizations"][1]["people"][1]["email"] = "not an email"
    assert issues_of(document) == [
        ("organizations[0].scian_codes[1]", "Unknown SCIAN codes: 9999."),
        ("organizations[1].people[1].email", "Enter a valid email address."),
        ("mission.objectives[0].currency", "“USX” is not an ISO 4217 currency code (e.g. USD, MXN, JPY)."),
        ("mission.legs[0].country", "“XX” is not an ISO 3166-1 alpha-2 country code (e.g. US, MX, JP)."),
        ("mission.legs[0].time_zone", "“Pacific/Nowhere” is not an IANA time zone (e.g. America/Los_Angeles)."),
    ]


def test_text_lengths_follow_the_model(document: dict[str, Any]) -> None:
    document["organizations"][0]["name"] = "x" * 201
    assert issues_of(document) == [
        ("organizations[0].name", "Ensure this value has at most 200 characters (it has 201)."),
    ]


def test_languages_spoken_are_iso_639_1_codes(document: dict[str, Any]) -> None:
    document["organizations"][0]["people"][0]["languages"] = ["es", "fr", "spanish"]
    assert issues_of(document) == [
        ("organizations[0].people[0].languages[2]", "“spanish” is not an ISO 639-1 language code (e.g. es, en, ja)."),
    ]


def test_minimum_values_of_the_model_apply(document: dict[str, Any]) -> None:
    document["mission"]["delegations"][0]["parallel_tracks"] = 0
    assert issues_of(document) == [
        ("mission.delegations[0].parallel_tracks", "Ensure this value is greater than or equal to 1."),
    ]
