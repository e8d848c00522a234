"""Fairness report of an allocation: who got how many candidate meetings and seats."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from convoy.matching.messages import Message
from convoy.matching.model import Profile


def gini(values: Sequence[float]) -> float:
    """Gini coefficient: 0 when everyone has the same, towards 1 when one has everything.

    Mean absolute difference over all ordered pairs divided by twice the mean, computed on
    the sorted values in O(n log n).
    """
    if not values or sum(values) == 0:
        return 0.0
    ordered = sorted(values)
    n = len(ordered)
    weighted = sum((2 * (i + 1) - n - 1) * v for i, v in enumerate(ordered))
    return float(weighted / (n * sum(ordered)))


@dataclass(frozen=True)
class FairnessReport:
    delegations: int
    min_meetings: int
    median_meetings: float
    gini: float
    without_meetings: int
    marquee_seats: int
    small_marquee_seats: int
    small_share_of_marquee_seats: float | None
    below_floor: tuple[str, ...]

    def summary(self) -> Message:
        share = self.small_share_of_marquee_seats
        share_es = f"{share:.0%}" if share is not None else "sin asientos"
        share_en = f"{share:.0%}" if share is not None else "no seats"
        return Message(
            es=(
                f"Reuniones candidatas por delegación: mínimo {self.min_meetings}, mediana "
                f"{self.median_meetings:g}; Gini {self.gini:.2f}; asientos con contrapartes "
                f"destacadas para municipios pequeños: {share_es}; "
                f"delegaciones bajo el piso: {len(self.below_floor)}"
            ),
            en=(
                f"Candidate meetings per delegation: minimum {self.min_meetings}, median "
                f"{self.median_meetings:g}; Gini {self.gini:.2f}; marquee seats going to small "
                f"municipalities: {share_en}; delegations below the floor: "
                f"{len(self.below_floor)}"
            ),
        )


def report_fairness(
    *,
    delegations: Sequence[Profile],
    meetings: Sequence[tuple[str, str]],
    seats: Sequence[tuple[str, str]],
    floors: dict[str, int],
) -> FairnessReport:
    """`meetings` and `seats` are (delegation, counterpart) pairs."""
    per = Counter(d for d, _ in meetings)
    counts = [per[d.id] for d in delegations]
    small = {d.id for d in delegations if d.small}
    small_seats = sum(1 for d, _ in seats if d in small)
    return FairnessReport(
        delegations=len(delegations),
        min_meetings=min(counts, default=0),
        median_meetings=float(statistics.median(counts)) if counts else 0.0,
        gini=gini(counts),
        without_meetings=counts.count(0),
        marquee_seats=len(seats),
        small_marquee_seats=small_seats,
        small_share_of_marquee_seats=small_seats / len(seats) if seats else None,
        below_floor=tuple(d.id for d in delegations if per[d.id] < floors.get(d.id, 0)),
    )
