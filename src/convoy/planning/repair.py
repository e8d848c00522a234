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


def _fits(problem: Problem, *, day: str, start: int, duration: int) -> bool:
    """Whether every slot of [start, start + duration) is still open on ``day``."""
    for leg in problem.legs:
        for d in leg.days:
            if d.id == day:
                return start + duration <= d.slots and not set(d.breaks) & set(range(start, start + duration))
    return False


def with_published(problem: Problem, published: Iterable[Placement], confirmed: Iterable[str] = ()) -> Problem:
    """Attach the published agenda as ``previous`` (with the seats of its group sessions) and
    make every confirmed meeting mandatory, pinned where it was.  A confirmed meeting whose
    time no longer fits (a slot it covered was removed) stays mandatory but may move: it
    loses its pin, also one an earlier repair left there, since a pin on a closed slot would
    make the problem infeasible instead of moving the meeting."""
    previous = tuple(
        PreviousPlacement(
            id=p.id, day=p.day, start=p.start, seated=p.participants[1:] if p.kind == "group_session" else ()
        )
        for p in published
        if p.kind != "fixed"
    )
    was = {p.id: p for p in previous}
    keep = set(confirmed)

    def kept(m: Meeting) -> Meeting:
        old = was.get(m.id)
        if m.id not in keep or old is None:
            return m
        if _fits(problem, day=old.day, start=old.start, duration=m.duration):
            return replace(m, pinned=SlotRef(day=old.day, slot=old.start), mandatory=True)
        return replace(m, pinned=None, mandatory=True)

    return replace(problem, previous=previous, meetings=tuple(kept(m) for m in problem.meetings))


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
