"""A score is a transparent sum of named parts; each part explains itself in es and en.

`value` is in [0, 1] and says how strongly the part holds; `weight` says how much it counts.
The suggestion's total is the sum of `value * weight` over its parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from convoy.matching.messages import Message


class PartName(StrEnum):
    SECTOR = "sector"
    KIND = "kind"
    AXIS = "axis"
    TEXT = "text"
    REQUEST = "request"
    PRIORITY = "priority"


# The order in which parts appear in a suggestion and in its explanation.
PART_ORDER: tuple[PartName, ...] = tuple(PartName)

SILENT = Message("", "")


@dataclass(frozen=True)
class ScorePart:
    name: PartName
    value: float
    weight: float
    explanation: Message = SILENT

    @property
    def contribution(self) -> float:
        return self.value * self.weight


@dataclass(frozen=True)
class Weights:
    """Default weights: profile affinity adds up to 1.0; explicit requests add up to 0.6."""

    sector: float = 0.3
    kind: float = 0.3
    axis: float = 0.1
    text: float = 0.3
    request: float = 0.4
    priority: float = 0.2

    def of(self, name: PartName) -> float:
        weight: float = getattr(self, name.value)
        return weight

    def only(self, *names: PartName) -> Weights:
        """These weights with every part not named set to 0 (for ablations)."""
        return Weights(**{n.value: (self.of(n) if n in names else 0.0) for n in PartName})
