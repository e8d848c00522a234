"""Tier 1: every mandatory meeting is placed (hard; explained when impossible)."""

from __future__ import annotations

from convoy.planning.constraints.rule import Rule
from convoy.planning.model import Built


def add(b: Built) -> None:
    mandatory = [m for m in b.problem.meetings if m.mandatory]
    for m in mandatory:
        if b.explain:
            lit = b.assume(f"mandatory:{m.id}")
            b.model.add(b.placed[m.id] == 1).only_enforce_if(lit)
        else:
            b.model.add(b.placed[m.id] == 1)
    b.terms["mandatory"] = sum(b.placed[m.id] for m in mandatory)


RULE = Rule("mandatory", 1, "mandatory", "reuniones obligatorias", "mandatory meetings", add)
