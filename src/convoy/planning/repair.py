"""Repair a published agenda after a change, keeping pinned and confirmed meetings and
changing as little as possible (tier 4, solved right after the mandatory tier).

Changes: a counterpart cancels (its meetings and group sessions go), a slot is removed
(it becomes a break), a delegation is added (with its candidate meetings).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from convoy.planning.config import Config
from convoy.planning.problem import Delegation, Leg, Meeting, PreviousPlacement, Problem, SlotRef
from convoy.planning.result import Placement, Result
from convoy.planning.solve import Progress, solve

REPAIR_ORDER = ("mandatory", "changes", "value", "compactness")


@dataclass(frozen=True)
class CounterpartCancels:
    counterpart: str


@dataclass(frozen=True)
class SlotRemoved:
    day: str
    slot: int


@dataclass(frozen=True)
class DelegationAdded:
    delegation: Delegation
    meetings: tuple[Meeting, ...] = ()


Change = CounterpartCancels | SlotRemoved | DelegationAdded


def _remove_slot(legs: Iterable[Leg], day: str, slot: int) -> tuple[Leg, ...]:
    return tuple(
        replace(
            leg, days=tuple(replace(d, breaks=tuple(sorted({*d.breaks, slot}))) if d.id == day else d for d in leg.days)
        )
        for leg in legs
    )


def apply_change(problem: Problem, change: Change) -> Problem:
    """The problem after ``change`` (the published agenda is attached separately)."""
    if isinstance(change, CounterpartCancels):
        gone = change.counterpart
        return replace(
            problem,
            counterparts=tuple(c for c in problem.counterparts if c.id != gone),
            meetings=tuple(m for m in problem.meetings if gone not in m.participants),
            group_sessions=tuple(g for g in problem.group_sessions if g.host != gone),
            precedences=tuple(
                p
                for p in problem.precedences
                if all(gone not in m.participants for m in problem.meetings if m.id in (p.before, p.after))
            ),
        )
    if isinstance(change, SlotRemoved):
        return replace(problem, legs=_remove_slot(problem.legs, change.day, change.slot))
    return replace(
        problem, delegations=(*problem.delegations, change.delegation), meetings=(*problem.meetings, *change.meetings)
    )


def with_published(problem: Problem, published: Iterable[Placement], confirmed: Iterable[str] = ()) -> Problem:
    """Attach the published agenda as ``previous`` and pin the confirmed meetings there
    (a confirmed meeting whose slot was removed stays mandatory but may move)."""
    previous = tuple(PreviousPlacement(id=p.id, day=p.day, start=p.start) for p in published if p.kind != "fixed")
    closed = {(d.id, s) for leg in problem.legs for d in leg.days for s in d.breaks}
    at = {p.id: SlotRef(day=p.day, slot=p.start) for p in previous if (p.day, p.start) not in closed}
    keep = set(confirmed)
    meetings = tuple(
        replace(m, pinned=at[m.id], mandatory=True) if m.id in keep and m.id in at else m for m in problem.meetings
    )
    return replace(problem, previous=previous, meetings=meetings)


def repair(
    problem: Problem,
    *,
    published: Iterable[Placement],
    change: Change,
    confirmed: Iterable[str] = (),
    config: Config | None = None,
    progress: Progress | None = None,
) -> tuple[Problem, Result]:
    """(the changed problem, its new agenda); ``problem`` is the one ``published`` solved."""
    config = replace(config or Config(), tier_order=REPAIR_ORDER)
    changed = with_published(apply_change(problem, change), published, confirmed)
    return changed, solve(changed, config, progress=progress)
