"""Field validators backed by the reference catalogs (convoy.reference)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from convoy.reference import countries, currencies, inegi, scian, timezones


def validate_time_zone(value: str) -> None:
    if not timezones.is_time_zone(value):
        raise ValidationError(
            _("“%(value)s” is not an IANA time zone (e.g. America/Los_Angeles)."), params={"value": value}
        )


def validate_country(value: str) -> None:
    if not countries.is_country(value):
        raise ValidationError(
            _("“%(value)s” is not an ISO 3166-1 alpha-2 country code (e.g. US, MX, JP)."), params={"value": value}
        )


def validate_subdivision(value: str) -> None:
    if value and not countries.is_subdivision(value):
        raise ValidationError(
            _("“%(value)s” is not an ISO 3166-2 subdivision code (e.g. US-CA, MX-JAL)."), params={"value": value}
        )


def validate_currency(value: str) -> None:
    if value and currencies.currency(value) is None:
        raise ValidationError(
            _("“%(value)s” is not an ISO 4217 currency code (e.g. USD, MXN, JPY)."), params={"value": value}
        )


def validate_scian_codes(value: object) -> None:
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        raise ValidationError(_("SCIAN codes must be a list of codes written as text."))
    unknown = [code for code in value if scian.sector(code) is None]
    if unknown:
        raise ValidationError(_("Unknown SCIAN codes: %(codes)s."), params={"codes": ", ".join(unknown)})


def validate_inegi_state(value: str) -> None:
    if inegi.state(value) is None:
        raise ValidationError(_("“%(value)s” is not an INEGI state key (two digits, 01–32)."), params={"value": value})


def validate_inegi_municipality(value: str) -> None:
    if inegi.municipality(value) is None:
        raise ValidationError(
            _("“%(value)s” is not an INEGI municipality key (five digits, e.g. 14039 for Guadalajara)."),
            params={"value": value},
        )
