"""Tier 4 (repair): activities of the previous agenda moved or removed."""

from __future__ import annotations

from convoy.planning.constraints.rule import Rule
from convoy.planning.model import Built


def add(b: Built) -> None:
    if b.problem.previous is None:
        return
    kept = []
    for old in b.problem.previous:
        options = b.options.get(old.id, [])
        if (old.day, old.start) in options:
            kept.append(b.x[old.id][options.index((old.day, old.start))])
    b.terms["changes"] = len(b.problem.previous) - sum(kept)


RULE = Rule("changes", 4, "changes", "cambios a la agenda publicada", "changes to the published agenda", add)
