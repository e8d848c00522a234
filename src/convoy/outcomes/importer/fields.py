"""Reading typed values out of a document record, collecting a located issue for each problem."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.translation import gettext as _

Path = tuple[str | int, ...]
MISSING = object()


@dataclass(frozen=True)
class Issue:
    path: Path
    message: str


def format_path(path: Path) -> str:
    """``("outcomes", 3, "figures", 0)`` → ``outcomes[3].figures[0]``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


@dataclass
class Record:
    """One object of the document being read, with the issues found so far."""

    raw: dict[str, Any]
    path: Path
    issues: list[Issue]
    known: set[str] = field(default_factory=set)

    def at(self, name: str | int, *rest: str | int) -> Path:
        return (*self.path, name, *rest)

    def fail(self, name: str, message: str) -> None:
        self.issues.append(Issue(self.at(name), message))

    def get(self, name: str, *, required: bool = False) -> Any:
        self.known.add(name)
        value = self.raw.get(name, MISSING)
        if value is MISSING or value is None or value == "":
            if required:
                self.fail(name, _("This field is required."))
            return MISSING
        return value

    def text(self, name: str, *, required: bool = False, max_length: int = 300, default: str = "") -> str:
        value = self.get(name, required=required)
        if value is MISSING:
            return default
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.fail(name, _("This value must be text."))
            return default
        if len(value) > max_length:
            self.fail(name, _("This text is longer than %(max)d characters.") % {"max": max_length})
        return value.strip()

    def choice(self, name: str, *, choices: list[str], required: bool = False, default: str = "") -> str:
        value = self.text(name, required=required, default=default)
        if value and value not in choices:
            self.fail(
                name, _("“%(value)s” is not one of: %(choices)s.") % {"value": value, "choices": ", ".join(choices)}
            )
            return default
        return value

    def date(self, name: str, *, required: bool = False) -> dt.date | None:
        value = self.get(name, required=required)
        if value is MISSING:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(name, _("“%(value)s” is not a date in the form YYYY-MM-DD.") % {"value": value})
            return None

    def decimal(self, name: str, *, required: bool = False) -> Decimal | None:
        value = self.get(name, required=required)
        if value is MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
            self.fail(name, _("This value must be a number."))
            return None
        try:
            number = Decimal(str(value).replace(",", "")) if isinstance(value, str) else Decimal(str(value))
        except InvalidOperation:
            number = Decimal("NaN")
        if not number.is_finite() or number < 0:
            self.fail(name, _("“%(value)s” is not a number of zero or more.") % {"value": value})
            return None
        return number

    def boolean(self, name: str, *, default: bool = False) -> bool:
        value = self.get(name)
        if value is MISSING:
            return default
        if not isinstance(value, bool):
            self.fail(name, _("This value must be true or false."))
            return default
        return value

    def children(self, name: str) -> list[Record]:
        value = self.get(name)
        if value is MISSING:
            return []
        if not isinstance(value, list):
            self.fail(name, _("This value must be a list."))
            return []
        found = []
        for index, item in enumerate(value):
            if isinstance(item, dict):
                found.append(Record(raw=item, path=self.at(name, index), issues=self.issues))
            else:
                self.issues.append(
                    Issue(self.at(name, index), _("This value must be an object (a record with named fields)."))
                )
        return found

    def strings(self, name: str) -> list[str]:
        value = self.get(name)
        if value is MISSING:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(name, _("This value must be a list of texts."))
            return []
        return [v.strip() for v in value]

    def check_unknown(self) -> None:
        for name in self.raw:
            if name not in self.known:
                self.fail(name, _("Unknown field “%(name)s”.") % {"name": name})
