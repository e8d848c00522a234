"""Tier 4 (repair): appointments of the previous agenda that are not kept.

An appointment is a meeting, or one delegation's seat in a group session
(``PreviousPlacement.seated``).  A meeting counts one change when it moved or was removed;
a seat counts one when the delegation is no longer seated at that time: the session moved,
was removed, or seats someone else.  So a session that stays put but swaps who sits is a
change for the delegation that lost its seat, removing a session costs every seat it had
(never cheaper than dropping some of them), and a one-seat session counts like a meeting.
Gained seats and new activities are not changes.  A previous group session with no
``seated`` (data from before seats were recorded) counts once, like a meeting.  The
checker's ``check_terms.count_changes`` counts the same thing.
"""

from __future__ import annotations

from convoy.planning.constraints.rule import Rule
from convoy.planning.model import Built, Expr


def add(b: Built) -> None:
    if b.problem.previous is None:
        return
    lost: list[Expr] = []
    for old in b.problem.previous:
        options = b.options.get(old.id, [])
        k = options.index((old.day, old.start)) if (old.day, old.start) in options else None
        if not old.seated:
            lost.append(1 if k is None else 1 - b.x[old.id][k])
        for who in old.seated:
            seat = next((s for j, s in b.seats.get((old.id, who), []) if j == k), None)
            lost.append(1 if seat is None else 1 - seat)
    b.terms["changes"] = sum(lost)


RULE = Rule("changes", 4, "changes", "cambios a la agenda publicada", "changes to the published agenda", add)
