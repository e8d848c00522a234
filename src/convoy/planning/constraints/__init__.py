"""One module per constraint family.  Each exposes ``RULE``: its name, the tier it serves
(0 = hard requirement), the penalty it feeds (the name the UI shows), texts and ``add``.
"""

from __future__ import annotations

from convoy.planning.constraints import (
    breaks,
    capacity,
    changes,
    group_seats,
    implied,
    mandatory,
    max_per_day,
    precedence,
    tables,
    travel,
    value,
    venue_changes,
)
from convoy.planning.constraints.rule import Rule
from convoy.planning.model import Built

RULES: tuple[Rule, ...] = tuple(
    m.RULE
    for m in (
        mandatory,
        capacity,
        tables,
        max_per_day,
        travel,
        precedence,
        group_seats,
        breaks,
        implied,
        venue_changes,
        value,
        changes,
    )
)


def add_all(b: Built) -> None:
    for rule in RULES:
        rule.add(b)
