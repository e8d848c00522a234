"""How fairly a mission's meetings reached its delegations."""

from __future__ import annotations

import statistics
from collections.abc import Iterable

from convoy.missions.models import Delegation, Mission
from convoy.outcomes.values import Fairness, Meeting


def meetings_per_delegation(*, mission: Mission, meetings: Iterable[Meeting]) -> dict[int, int]:
    """Delegation id → meetings it took part in (zero included)."""
    counts = dict.fromkeys(Delegation.objects.filter(mission=mission).values_list("pk", flat=True), 0)
    for meeting in meetings:
        for pk in meeting.delegations:
            counts[pk] += 1
    return counts


def measure_fairness(*, mission: Mission, per_delegation: dict[int, int]) -> Fairness:
    values = sorted(per_delegation.values())
    small = set(Delegation.objects.filter(mission=mission, organization__small=True).values_list("pk", flat=True))
    return Fairness(
        delegations=len(values),
        served=sum(1 for v in values if v > 0),
        minimum=values[0] if values else 0,
        median=float(statistics.median(values)) if values else 0.0,
        maximum=values[-1] if values else 0,
        gini=gini(values),
        small=len(small),
        small_served=sum(1 for pk in small if per_delegation.get(pk, 0) > 0),
    )


def gini(values: list[int]) -> float:
    """Gini coefficient of non-negative counts: 0 when all equal, towards 1 when one has all."""
    n, total = len(values), sum(values)
    if n == 0 or total == 0:
        return 0.0
    ordered = sorted(values)
    weighted = sum((2 * (i + 1) - n - 1) * v for i, v in enumerate(ordered))
    return weighted / (n * total)
