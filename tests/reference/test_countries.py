import pytest

from convoy.reference.countries import (
    countries,
    country_name,
    is_country,
    is_subdivision,
    subdivision_name,
)
from convoy.reference.text import normalize


def test_country_names_in_both_languages() -> None:
    assert country_name("US", lang="es") == "Estados Unidos"
    assert country_name("US", lang="en") == "United States"
    assert country_name("MX", lang="es") == "México"
    assert country_name("JP", lang="es") == "Japón"
    assert country_name("JP", lang="en") == "Japan"
    assert country_name("ZZ", lang="es") is None


def test_is_country_takes_upper_case_alpha2_only() -> None:
    assert is_country("MX")
    assert is_country("JP")
    assert not is_country("us")
    assert not is_country("USA")
    assert not is_country("ZZ")


def test_countries_sorted_by_name_ignoring_accents() -> None:
    spanish = countries(lang="es")
    assert len(spanish) == 249  # pycountry's ISO 3166-1 list
    assert spanish[:3] == (("AF", "Afganistán"), ("AL", "Albania"), ("DE", "Alemania"))
    assert [normalize(name) for _, name in spanish] == sorted(normalize(n) for _, n in spanish)
    assert dict(countries(lang="en"))["MX"] == "Mexico"


def test_subdivision_names() -> None:
    assert subdivision_name("US-CA", lang="es") == "California"
    assert subdivision_name("US-CA", lang="en") == "California"
    assert subdivision_name("US-NY", lang="es") == "Nueva York"
    assert subdivision_name("US-NY", lang="en") == "New York"
    assert subdivision_name("MX-CMX", lang="es") == "Ciudad de México"
    assert subdivision_name("JP-13", lang="en") == "Tokyo"
    assert subdivision_name("US-XX", lang="es") is None


def test_is_subdivision() -> None:
    assert is_subdivision("MX-JAL")
    assert is_subdivision("US-CA")
    assert not is_subdivision("us-ca")
    assert not is_subdivision("US")
    assert not is_subdivision("14")


def test_unsupported_language_is_an_error() -> None:
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        country_name("US", lang="fr")
    with pytest.raises(ValueError, match="unsupported language 'es_MX'"):
        countries(lang="es_MX")
