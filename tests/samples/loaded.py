"""The sample documents, parsed once, and walks over their records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any

from convoy.samples import sample_paths

CALIFORNIA = "convoy-california-2023"
MAEN = "maen-sacramento"
JAPAN = "aguascalientes-japan"

Record = dict[str, Any]


@cache
def documents() -> dict[str, Record]:
    """Sample name (file stem) → parsed document."""
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sample_paths()}


def document(name: str) -> Record:
    return documents()[name]


def organizations(name: str) -> dict[str, Record]:
    return {org["key"]: org for org in document(name)["organizations"]}


def kinds(name: str) -> dict[str, str]:
    return {key: org["kind"] for key, org in organizations(name).items()}


def flagged_records(doc: Record) -> Iterator[tuple[str, Record]]:
    """Every record that carries ``synthetic`` and ``provenance``, with a label saying where."""
    for org in doc["organizations"]:
        yield f"organization {org['key']}", org
        for person in org["people"]:
            yield f"person {org['key']}/{person['name']}", person
    mission = doc["mission"]
    yield "mission", mission
    for objective in mission["objectives"]:
        yield f"objective {objective['code']}", objective
    for leg in mission["legs"]:
        yield f"leg {leg['code']}", leg
        for venue in leg["venues"]:
            yield f"venue {leg['code']}/{venue['code']}", venue
    for part in ("delegations", "counterparts", "activities", "requests"):
        for index, record in enumerate(mission[part]):
            yield f"{part}[{index}]", record


def interests(doc: Record) -> Iterator[Record]:
    mission = doc["mission"]
    for owner in mission["delegations"] + mission["counterparts"]:
        yield from owner["interests"]
