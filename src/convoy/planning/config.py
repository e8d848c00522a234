"""How to solve: time limit, workers, objective tiers and their settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

TIER_NAMES = ("mandatory", "value", "compactness", "changes")


@dataclass(frozen=True)
class Segment:
    """One line of the diminishing-returns curve: value <= offset + slope * weight."""

    offset: int
    slope: int


@dataclass(frozen=True)
class Config:
    """Solver settings; the defaults suit a mission of a few hundred meetings.

    ``returns`` is a concave curve f(W) = min(offset + slope * W) over its segments,
    applied to each delegation's placed weight W (diminishing returns).  ``floor`` is the
    number of meetings every delegation with candidates must get at least (capped by its
    candidates).  ``tier_order`` is the lexicographic order (repair puts ``changes`` second).
    ``decompose``: ``days`` assigns activities to days first and then schedules each day
    alone; ``auto`` does so for large multi-day problems without fairness bound or repair.
    ``backend = "maxsat"`` solves the B2B special case without fairness bound with RC2.
    ``fairness`` bounds the difference between the most and the fewest breaks
    of any two participants that have meetings.
    """

    time_limit: float = 10.0
    workers: int = 2
    objective: Literal["lexicographic", "weighted"] = "lexicographic"
    tier_weights: tuple[int, int, int, int] = (1_000_000, 1_000, 10, 1)
    breaks: Literal["per_day", "per_session"] = "per_day"
    fairness: int | None = None
    floor: int = 0
    returns: tuple[Segment, ...] = (Segment(offset=0, slope=1),)
    worst_off_weight: int = 10
    venue_change_weight: int = 1
    seed: int = 0
    tier_order: tuple[str, ...] = TIER_NAMES
    decompose: Literal["auto", "whole", "days"] = "auto"
    backend: Literal["cpsat", "maxsat"] = "cpsat"
