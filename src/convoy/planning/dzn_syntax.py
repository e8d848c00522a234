"""MiniZinc data (``.dzn``) syntax: ``name = value;`` items, ``%`` comments, integers,
ranges ``a..b``, sets ``{...}``, arrays ``[...]``, ``array1d(..)`` and ``array2d(..)``.
Errors raise :class:`DznError` with the line number."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

TOKEN = re.compile(r"(%[^\n]*)|(-?\d+)|(\.\.)|([A-Za-z_]\w*)|(\S)")


class DznError(ValueError):
    def __init__(self, *, line: int, en: str, es: str) -> None:
        super().__init__(f"line {line}: {en}")
        self.line = line
        self.en = en
        self.es = es


@dataclass
class _Tokens:
    items: list[tuple[str, str, int]]
    pos: int = 0

    def peek(self) -> tuple[str, str, int]:
        return self.items[self.pos] if self.pos < len(self.items) else ("end", "", self.last_line)

    @property
    def last_line(self) -> int:
        return self.items[-1][2] if self.items else 1

    def take(self, expected: str | None = None) -> tuple[str, str, int]:
        kind, text, line = self.peek()
        if expected is not None and text != expected:
            shown = text or "end of file"
            raise DznError(
                line=line,
                en=f"expected '{expected}', found '{shown}'",
                es=f"se esperaba '{expected}' y hay '{shown}'",
            )
        self.pos += 1
        return kind, text, line


def _tokenize(text: str) -> _Tokens:
    items, line, seen = [], 1, 0
    for match in TOKEN.finditer(text):
        line += text.count("\n", seen, match.start())
        seen = match.start()
        comment, number, dots, name, other = match.groups()
        if comment is not None:
            continue
        if number is not None:
            items.append(("int", number, line))
        elif dots is not None:
            items.append(("op", "..", line))
        elif name is not None:
            items.append(("name", name, line))
        else:
            items.append(("op", other, line))
    return _Tokens(items)


def _value(tokens: _Tokens) -> Any:
    kind, text, line = tokens.peek()
    if kind == "int":
        tokens.take()
        number = int(text)
        if tokens.peek()[1] == "..":
            tokens.take()
            return frozenset(range(number, _int(tokens) + 1))
        return number
    if text == "[":
        return _sequence(tokens, "[", "]", list)
    if text == "{":
        return frozenset(_sequence(tokens, "{", "}", list))
    if text in ("array1d", "array2d"):
        tokens.take()
        tokens.take("(")
        for _ in range(1 if text == "array1d" else 2):
            _value(tokens)
            tokens.take(",")
        data = _value(tokens)
        tokens.take(")")
        return data
    if kind == "name":
        tokens.take()
        return ("ref", text)
    raise DznError(
        line=line,
        en=f"unexpected '{text or 'end of file'}'",
        es=f"'{text or 'fin de archivo'}' inesperado",
    )


def _int(tokens: _Tokens) -> int:
    kind, text, line = tokens.take()
    if kind != "int":
        raise DznError(
            line=line,
            en=f"expected a number, found '{text}'",
            es=f"se esperaba un número y hay '{text}'",
        )
    return int(text)


def _sequence(tokens: _Tokens, opening: str, closing: str, build: type) -> Any:
    tokens.take(opening)
    items = []
    while tokens.peek()[1] != closing:
        items.append(_value(tokens))
        if tokens.peek()[1] == ",":
            tokens.take()
        elif tokens.peek()[1] != closing:
            tokens.take(closing)
    tokens.take(closing)
    return build(items)


def parse_items(text: str) -> dict[str, tuple[Any, int]]:
    """Every ``name = value;`` item with the line where it starts."""
    tokens = _tokenize(text)
    items: dict[str, tuple[Any, int]] = {}
    while tokens.peek()[0] != "end":
        kind, name, line = tokens.take()
        if kind != "name":
            raise DznError(
                line=line,
                en=f"expected a name, found '{name}'",
                es=f"se esperaba un nombre y hay '{name}'",
            )
        tokens.take("=")
        items[name] = (_value(tokens), line)
        tokens.take(";")
    return items
