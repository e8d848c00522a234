"""Exact JSON round trip for the planning dataclasses, with errors that say where.

``to_json`` writes every field in declaration order; ``from_json`` reads it back and
rejects unknown keys, missing required keys and wrong types, naming the JSON path.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any, TypeVar

from convoy.planning.config import Config
from convoy.planning.problem import SCHEMA_VERSION, Problem
from convoy.planning.result import Result

T = TypeVar("T")


class FormatError(ValueError):
    """Bad planning JSON; ``path`` is a JSON path such as ``$.meetings[2].duration``."""

    def __init__(self, *, path: str, en: str, es: str) -> None:
        super().__init__(f"{path}: {en}")
        self.path = path
        self.en = en
        self.es = es


def to_data(value: Any) -> Any:
    """Plain JSON data (dicts, lists, scalars) for a dataclass value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_data(item) for item in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    return value


def from_data(cls: type[T], data: Any, *, path: str = "$") -> T:
    """Build ``cls`` from plain JSON data, validating as it goes."""
    return typing.cast(T, _read(cls, data, path))


def _read(hint: Any, data: Any, path: str) -> Any:
    origin = typing.get_origin(hint)
    if dataclasses.is_dataclass(hint):
        return _read_dataclass(typing.cast(type, hint), data, path)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if data is None and type(None) in options:
            return None
        inner = [o for o in options if o is not type(None)]
        return _read(inner[0], data, path)
    if origin is typing.Literal:
        allowed = typing.get_args(hint)
        if data not in allowed:
            names = ", ".join(repr(a) for a in allowed)
            _fail(path, f"must be one of {names}", f"debe ser uno de {names}")
        return data
    if origin is tuple:
        if not isinstance(data, list):
            _fail(path, "must be a list", "debe ser una lista")
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_read(args[0], item, f"{path}[{i}]") for i, item in enumerate(data))
        if len(data) != len(args):
            _fail(path, f"must have {len(args)} items", f"debe tener {len(args)} elementos")
        pairs = enumerate(zip(args, data, strict=True))
        return tuple(_read(a, item, f"{path}[{i}]") for i, (a, item) in pairs)
    if origin is dict:
        if not isinstance(data, dict):
            _fail(path, "must be an object", "debe ser un objeto")
        value_hint = typing.get_args(hint)[1]
        return {k: _read(value_hint, v, f"{path}.{k}") for k, v in data.items()}
    return _read_scalar(hint, data, path)


def _read_scalar(hint: Any, data: Any, path: str) -> Any:
    if hint is float and isinstance(data, int | float) and not isinstance(data, bool):
        return data
    if hint is int and isinstance(data, int) and not isinstance(data, bool):
        return data
    if hint in (str, bool) and isinstance(data, hint):
        return data
    names = {
        int: ("an integer", "un entero"),
        float: ("a number", "un número"),
        str: ("a string", "una cadena"),
        bool: ("true or false", "true o false"),
    }
    en, es = names.get(hint, (str(hint), str(hint)))
    _fail(path, f"must be {en}", f"debe ser {es}")


def _read_dataclass(cls: type, data: Any, path: str) -> Any:
    if not isinstance(data, dict):
        _fail(path, "must be an object", "debe ser un objeto")
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    for key in data:
        if key not in fields:
            _fail(f"{path}.{key}", "is not a known field", "no es un campo conocido")
    values = {}
    for name, f in fields.items():
        if name in data:
            values[name] = _read(hints[name], data[name], f"{path}.{name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            _fail(f"{path}.{name}", "is required", "es obligatorio")
    return cls(**values)


def _fail(path: str, en: str, es: str) -> typing.NoReturn:
    raise FormatError(path=path, en=en, es=es)


def dumps(value: Any) -> str:
    """Canonical JSON text for a dataclass value."""
    return json.dumps(to_data(value), indent=2, ensure_ascii=False) + "\n"


def loads(cls: type[T], text: str) -> T:
    """Parse JSON text into ``cls``; syntax errors become FormatError with line and column."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        donde = f"línea {error.lineno}, columna {error.colno}"
        raise FormatError(
            path=where,
            en=f"not valid JSON ({error.msg})",
            es=f"no es JSON válido ({error.msg}) en {donde}",
        ) from error
    return from_data(cls, data)


def problem_to_json(problem: Problem) -> str:
    return dumps(problem)


def problem_from_json(text: str) -> Problem:
    problem = loads(Problem, text)
    if problem.schema_version != SCHEMA_VERSION:
        _fail("$.schema_version", f"must be {SCHEMA_VERSION}", f"debe ser {SCHEMA_VERSION}")
    return problem


def config_from_json(text: str) -> Config:
    return loads(Config, text)


def result_to_json(result: Result) -> str:
    return dumps(result)


def result_from_json(text: str) -> Result:
    return loads(Result, text)
