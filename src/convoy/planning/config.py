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


# f(W) = min(2W, W + 2): a delegation's first 2 units of placed weight count double, so
# its first normal meeting (weight 1) is worth 2, its second 2, every later one 1.
DIMINISHING = (Segment(offset=0, slope=2), Segment(offset=2, slope=1))


@dataclass(frozen=True)
class Config:
    """Solver settings; the defaults suit a mission of a few hundred meetings.

    ``returns`` is a concave curve f(W) = min(offset + slope * W) over its segments,
    applied to each delegation's placed weight W (diminishing returns; by default
    min(2W, W + 2)).  ``soft_floor`` is the fairness floor: each delegation with candidates
    should get min(soft_floor, its candidates) meetings (group-session seats count); each
    meeting short of it costs ``floor_penalty`` in the value tier (None: one more than the
    most a single meeting or seat can add to the value), so every delegation gets its share
    before anyone gets extras, and a delegation that cannot be served only has a shortfall.
    ``floor`` is the hard version (a guarantee: the problem is infeasible, and explained,
    when a delegation cannot get it).  ``tier_order`` is the lexicographic order (repair
    puts ``changes`` second).  ``decompose``: ``days`` assigns activities to days first and
    then schedules each day alone; ``auto`` does so for large multi-day problems without
    fairness bound or repair.  ``backend = "maxsat"`` solves the B2B special case without
    fairness bound with RC2.  ``fairness`` bounds the difference between the most and the
    fewest breaks of any two participants that have meetings.
    """

    time_limit: float = 10.0
    workers: int = 2
    objective: Literal["lexicographic", "weighted"] = "lexicographic"
    tier_weights: tuple[int, int, int, int] = (1_000_000, 1_000, 10, 1)
    breaks: Literal["per_day", "per_session"] = "per_day"
    fairness: int | None = None
    floor: int = 0
    soft_floor: int = 1
    floor_penalty: int | None = None
    returns: tuple[Segment, ...] = DIMINISHING
    venue_change_weight: int = 1
    seed: int = 0
    tier_order: tuple[str, ...] = TIER_NAMES
    decompose: Literal["auto", "whole", "days"] = "auto"
    backend: Literal["cpsat", "maxsat"] = "cpsat"
