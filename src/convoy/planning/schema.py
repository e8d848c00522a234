"""JSON Schema (draft 2020-12) generated from the planning dataclasses.

docs/reference/problem.schema.json and agenda.schema.json are this module's output;
a test keeps them in step with the code.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any

from convoy.planning.problem import SCHEMA_VERSION, Problem
from convoy.planning.result import Result

DRAFT = "https://json-schema.org/draft/2020-12/schema"


def _schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if dataclasses.is_dataclass(hint):
        name = typing.cast(type, hint).__name__
        if name not in defs:
            defs[name] = {}
            defs[name] = _object(typing.cast(type, hint), defs)
        return {"$ref": f"#/$defs/{name}"}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema(a, defs) for a in typing.get_args(hint)]}
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(hint))}
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _schema(args[0], defs)}
        items = [_schema(a, defs) for a in args]
        return {"type": "array", "prefixItems": items, "minItems": len(args), "maxItems": len(args)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _schema(typing.get_args(hint)[1], defs)}
    simple = {int: "integer", float: "number", str: "string", bool: "boolean", type(None): "null"}
    return {"type": simple[hint]}


def _object(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)
    required = [f.name for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    schema: dict[str, Any] = {
        "type": "object",
        "description": " ".join((cls.__doc__ or "").split()),
        "properties": {f.name: _schema(hints[f.name], defs) for f in fields},
        "additionalProperties": False,
    }
    if required:
        schema["required"] = required
    return schema


def json_schema(cls: type, *, title: str, identifier: str) -> dict[str, Any]:
    """The schema of ``cls`` with its nested types under ``$defs``."""
    defs: dict[str, Any] = {}
    root = _object(cls, defs)
    if "schema_version" in root["properties"]:
        root["properties"]["schema_version"] = {"const": SCHEMA_VERSION}
    return {"$schema": DRAFT, "$id": identifier, "title": title, **root, "$defs": defs}


def problem_schema() -> dict[str, Any]:
    return json_schema(Problem, title="Convoy planning problem", identifier="convoy:problem/v1")


def agenda_schema() -> dict[str, Any]:
    title = "Convoy agenda (optimizer result)"
    return json_schema(Result, title=title, identifier="convoy:agenda/v1")
