"""Load the labelled evaluation set shipped as package data (`cases.json`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from convoy.matching.model import Direction, Interest, Kind, Language, Profile


@dataclass(frozen=True)
class LabelledPair:
    delegation: str
    counterpart: str
    relevant: bool
    reason: str
    source: str


@dataclass(frozen=True)
class EvaluationSet:
    delegations: tuple[Profile, ...]
    counterparts: tuple[Profile, ...]
    pairs: tuple[LabelledPair, ...]
    sources: dict[str, str]

    def labelled(self, delegation: str) -> tuple[LabelledPair, ...]:
        return tuple(p for p in self.pairs if p.delegation == delegation)


def load_evaluation_set() -> EvaluationSet:
    text = resources.files(__package__).joinpath("cases.json").read_text(encoding="utf-8")
    return parse_evaluation_set(json.loads(text))


def parse_evaluation_set(data: dict[str, Any]) -> EvaluationSet:
    delegations = tuple(_profile(p) for p in data["delegations"])
    counterparts = tuple(_profile(p) for p in data["counterparts"])
    return EvaluationSet(
        delegations=delegations,
        counterparts=counterparts,
        pairs=tuple(LabelledPair(**p) for p in data["pairs"]),
        sources={p["id"]: p["source"] for p in (*data["delegations"], *data["counterparts"])},
    )


def _profile(data: dict[str, Any]) -> Profile:
    return Profile(
        id=data["id"],
        name=data["name"],
        organization_kind=data["organization_kind"],
        small=data["small"],
        marquee=data["marquee"],
        interests=tuple(
            Interest(
                direction=Direction(i["direction"]),
                kind=Kind(i["kind"]),
                axis=i["axis"],
                scian=tuple(i["scian"]),
                text=i["text"],
                language=Language(i["language"]),
            )
            for i in data["interests"]
        ),
    )
