"""One field of a record: its type in the document, its format, and the model's own rules.

``clean_field`` turns the raw JSON value into the Python value stored (dates, times,
decimals), or reports why it cannot. The model field's validators (lengths, catalogs of
countries, subdivisions, time zones, currencies, SCIAN codes, e-mail, URL, minimum values)
run on the converted value, so the rules of the data model are stated once.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
from collections.abc import Callable
from decimal import Decimal

import pycountry
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from convoy.exchange.document import Issue, Path
from convoy.exchange.schema import Field, Kind, Record
from convoy.missions import validators


class _Invalid:
    def __repr__(self) -> str:
        return "INVALID"


INVALID = _Invalid()  # the value of a field that failed; rules that need it are skipped

CODE_RE = re.compile(r"^[a-z0-9-]+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})$")
DECIMAL_RE = re.compile(r"^-?\d+(\.\d+)?$")

Checked = tuple[object, list[Issue]]


def clean_field(*, record: Record, field: Field, raw: dict[str, object], path: Path) -> Checked:
    """The stored value of ``field`` in the raw record, or INVALID with the issues found."""
    here = (*path, field.name)
    value = raw.get(field.name)
    if (
        value is None
        or (value == "" and field.kind in {Kind.REF, Kind.CODE})
        or (field.required and isinstance(value, str) and not value.strip())
    ):
        if field.required:
            return INVALID, [Issue(here, _("This field is required."))]
        return (None if field.null else copy.copy(field.default)), []
    value, issues = _CONVERTERS[field.kind](field, value, here)
    if issues or field.attr is None or field.kind in {Kind.REF, Kind.REFS, Kind.SCIAN, Kind.CHOICES, Kind.LANGUAGES}:
        return value, issues
    return _run_model_validators(record=record, field=field, value=value, here=here)


def _run_model_validators(*, record: Record, field: Field, value: object, here: Path) -> Checked:
    try:
        record.model._meta.get_field(field.attr).run_validators(value)  # type: ignore[arg-type,union-attr]
    except ValidationError as error:
        return INVALID, [Issue(here, " ".join(error.messages))]
    if isinstance(value, Decimal):
        return value.quantize(Decimal(1).scaleb(-field.places)), []
    return value, []


def _text(field: Field, value: object, here: Path) -> Checked:
    if not isinstance(value, str):
        return INVALID, [Issue(here, _("This value must be text."))]
    return value, []


def _code(field: Field, value: object, here: Path) -> Checked:
    if not isinstance(value, str) or not CODE_RE.match(value):
        return INVALID, [
            Issue(
                here,
                _("“%(value)s” is not a valid code: use lowercase letters, digits and hyphens.") % {"value": value},
            )
        ]
    return value, []


def _choice(field: Field, value: object, here: Path) -> Checked:
    if value not in field.choices:
        allowed = ", ".join(field.choices)
        return INVALID, [
            Issue(
                here,
                _("“%(value)s” is not one of the allowed values: %(allowed)s.") % {"value": value, "allowed": allowed},
            )
        ]
    return value, []


def _integer(field: Field, value: object, here: Path) -> Checked:
    if isinstance(value, bool) or not isinstance(value, int):
        return INVALID, [Issue(here, _("“%(value)s” is not a whole number.") % {"value": value})]
    return value, []


def _boolean(field: Field, value: object, here: Path) -> Checked:
    if not isinstance(value, bool):
        return INVALID, [
            Issue(here, _("“%(value)s” is not true or false (sí or no in the workbook).") % {"value": value})
        ]
    return value, []


def _date(field: Field, value: object, here: Path) -> Checked:
    try:
        if isinstance(value, str) and DATE_RE.match(value):
            return dt.date.fromisoformat(value), []
    except ValueError:
        pass
    return INVALID, [Issue(here, _("“%(value)s” is not a valid date (YYYY-MM-DD).") % {"value": value})]


def _time(field: Field, value: object, here: Path) -> Checked:
    match = TIME_RE.match(value) if isinstance(value, str) else None
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return dt.time(int(match[1]), int(match[2])), []
    return INVALID, [Issue(here, _("“%(value)s” is not a valid time (HH:MM).") % {"value": value})]


def _decimal(field: Field, value: object, here: Path) -> Checked:
    number = None
    if isinstance(value, str) and DECIMAL_RE.match(value):
        number = Decimal(value)
    elif isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        number = Decimal(str(value))
    if number is None:
        return INVALID, [Issue(here, _("“%(value)s” is not a decimal number.") % {"value": value})]
    return number, []


def _reference(field: Field, value: object, here: Path) -> Checked:
    return _text(field, value, here)


def _list_of(element: Callable[[Field, object, Path], Checked]) -> Callable[[Field, object, Path], Checked]:
    def convert(field: Field, value: object, here: Path) -> Checked:
        if not isinstance(value, list):
            return INVALID, [Issue(here, _("This value must be a list."))]
        items, issues = [], []
        for index, item in enumerate(value):
            converted, found = element(field, item, (*here, index))
            items.append(converted)
            issues += found
        return (INVALID if issues else items), issues

    return convert


def _scian(field: Field, value: object, here: Path) -> Checked:
    value, issues = _text(field, value, here)
    if issues:
        return value, issues
    try:
        validators.validate_scian_codes([value])
    except ValidationError as error:
        return INVALID, [Issue(here, " ".join(error.messages))]
    return value, []


def _language(field: Field, value: object, here: Path) -> Checked:
    if not isinstance(value, str) or len(value) != 2 or pycountry.languages.get(alpha_2=value) is None:
        return INVALID, [
            Issue(here, _("“%(value)s” is not an ISO 639-1 language code (e.g. es, en, ja).") % {"value": value})
        ]
    return value, []


_CONVERTERS: dict[Kind, Callable[[Field, object, Path], Checked]] = {
    Kind.TEXT: _text,
    Kind.CODE: _code,
    Kind.CHOICE: _choice,
    Kind.CHOICES: _list_of(_choice),
    Kind.STRINGS: _list_of(_text),
    Kind.SCIAN: _list_of(_scian),
    Kind.LANGUAGES: _list_of(_language),
    Kind.INT: _integer,
    Kind.BOOL: _boolean,
    Kind.DATE: _date,
    Kind.TIME: _time,
    Kind.DECIMAL: _decimal,
    Kind.REF: _reference,
    Kind.REFS: _list_of(_reference),
}
