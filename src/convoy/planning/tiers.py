"""The objective tiers of a built model, in lexicographic order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from convoy.planning.model import Built, Expr


@dataclass(frozen=True)
class Tier:
    number: int
    name: str
    expr: Expr
    sense: Literal["max", "min"]
    constant: bool


NUMBERS = {"mandatory": 1, "value": 2, "compactness": 3, "changes": 4}


def tiers_of(b: Built) -> list[Tier]:
    """Tiers worth solving, in ``Config.tier_order``; constant ones are only reported."""
    mandatory = sum(1 for m in b.problem.meetings if m.mandatory)
    compact = b.terms.get("breaks", 0) + b.config.venue_change_weight * b.terms.get("venue_changes", 0)
    found = {
        "mandatory": Tier(1, "mandatory", mandatory, "max", True),
        "value": Tier(2, "value", b.terms.get("value", 0), "max", not b.has_value),
        "compactness": Tier(3, "compactness", compact, "min", False),
        "changes": Tier(4, "changes", b.terms.get("changes", 0), "min", b.problem.previous is None),
    }
    if b.problem.previous is None:
        del found["changes"]
    return [found[name] for name in b.config.tier_order if name in found]


def weighted(b: Built, tiers: list[Tier]) -> Expr:
    """The single objective (to maximize) of ``objective = "weighted"``."""
    weights = dict(zip(("mandatory", "value", "compactness", "changes"), b.config.tier_weights, strict=True))
    return sum(weights[t.name] * (t.expr if t.sense == "max" else -t.expr) for t in tiers)
