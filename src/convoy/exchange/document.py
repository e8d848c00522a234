"""The mission document: format constants, paths inside it, issues, canonical text."""

from __future__ import annotations

import json
from dataclasses import dataclass

FORMAT = "convoy-mission"
VERSION = 1

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Issue:
    """One problem of a document: where it is (a path into the document) and what it is."""

    path: Path
    message: str


@dataclass(frozen=True)
class Located:
    """A problem as shown to a person: its place (JSON path or sheet/row/column) and message."""

    place: str
    message: str

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


class InvalidDocumentError(Exception):
    """A document that cannot be stored: every problem found, with its place."""

    def __init__(self, errors: list[Located] | tuple[Located, ...]) -> None:
        super().__init__(f"{len(errors)} errors")
        self.errors = tuple(errors)


class ExchangeFileError(Exception):
    """A file that cannot be read or written as asked (wrong type, damaged, bad JSON); translated."""


def format_path(path: Path) -> str:
    """``("mission", "delegations", 3, "legs", 0)`` → ``mission.delegations[3].legs[0]``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def dumps(document: dict[str, object]) -> str:
    """The canonical text of a document: two-space indents, UTF-8 kept, final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
