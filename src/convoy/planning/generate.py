"""Seeded generator of B2B meeting-scheduling instances, always feasible.

A hidden schedule is built first (each slot holds at most L meetings, a matching of
businesses); requests, session restrictions, forbidden slots, fixed meetings and
precedences are then drawn so that the hidden schedule satisfies all of them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from convoy.planning.b2b import B2BInstance, to_problem
from convoy.planning.problem import Day, Problem, Session, SlotRef

# Sizes of the real brokerage events in Bofill et al. (2022), Table 1 ranges.
PUBLISHED = {
    "small": (42, 125, 12, 12),
    "medium": (58, 210, 16, 20),
    "large": (78, 302, 22, 27),
}


@dataclass(frozen=True)
class B2BSpec:
    """Businesses, meetings, slots, tables, and the morning share of the slots."""

    n_business: int
    n_meetings: int
    n_slots: int
    n_tables: int
    morning_share: float = 0.5
    restricted_share: float = 0.15
    forbidden_share: float = 0.2
    fixed_share: float = 0.02
    precedence_share: float = 0.02


def published_spec(size: str) -> B2BSpec:
    n, m, t, tables = PUBLISHED[size]
    return B2BSpec(n_business=n, n_meetings=m, n_slots=t, n_tables=tables)


def _hidden_schedule(spec: B2BSpec, rng: random.Random) -> list[tuple[int, int, int]]:
    """(p1, p2, slot) triples, 1-based, with per-slot matchings of at most L pairs."""
    activity = [rng.paretovariate(1.5) for _ in range(spec.n_business)]
    pairs: set[frozenset[int]] = set()
    busy: list[set[int]] = [set() for _ in range(spec.n_slots)]
    load = [0] * spec.n_slots
    count = [0] * (spec.n_business + 1)
    schedule: list[tuple[int, int, int]] = []
    attempts = 0
    while len(schedule) < spec.n_meetings:
        attempts += 1
        if attempts > 200 * spec.n_meetings:
            raise ValueError("spec too dense: cannot build a hidden schedule")
        p1, p2 = rng.choices(range(1, spec.n_business + 1), weights=activity, k=2)
        if p1 == p2 or frozenset((p1, p2)) in pairs:
            continue
        if max(count[p1], count[p2]) >= spec.n_slots - 1:
            continue
        slots = [t for t in range(spec.n_slots) if load[t] < spec.n_tables and not {p1, p2} & busy[t]]
        if not slots:
            continue
        slot = rng.choice(slots)
        busy[slot] |= {p1, p2}
        load[slot] += 1
        pairs.add(frozenset((p1, p2)))
        count[p1] += 1
        count[p2] += 1
        schedule.append((p1, p2, slot + 1))
    return schedule


def generate_b2b(spec: B2BSpec, *, seed: int, name: str = "") -> B2BInstance:
    """A feasible instance of the given size, the same for the same seed."""
    rng = random.Random(seed)
    hidden = _hidden_schedule(spec, rng)
    rng.shuffle(hidden)
    morning = max(1, round(spec.n_slots * spec.morning_share))
    requested, fixed, precedences = [], [], []
    for i, (p1, p2, slot) in enumerate(hidden):
        session = 3
        if rng.random() < spec.restricted_share:
            session = 1 if slot <= morning else 2
        requested.append((p1, p2, session))
        fixed.append(slot if rng.random() < spec.fixed_share else 0)
        earlier = [j + 1 for j, (q1, q2, s) in enumerate(hidden[:i]) if s < slot and {q1, q2} & {p1, p2}]
        before = {rng.choice(earlier)} if earlier and rng.random() < spec.precedence_share * 5 else set()
        precedences.append(frozenset(before))
    forbidden = []
    for b in range(1, spec.n_business + 1):
        own = {s for p1, p2, s in hidden if b in (p1, p2)}
        free = [s for s in range(1, spec.n_slots + 1) if s not in own]
        k = rng.randint(1, 2) if free and rng.random() < spec.forbidden_share else 0
        forbidden.append(frozenset(rng.sample(free, min(k, len(free)))))
    return B2BInstance(
        n_business=spec.n_business,
        n_tables=spec.n_tables,
        n_slots=spec.n_slots,
        n_morning=morning,
        requested=tuple(requested),
        forbidden=tuple(forbidden),
        fixed=tuple(fixed),
        precedences=tuple(precedences),
        name=name or f"b2b-{spec.n_business}x{spec.n_meetings}-s{seed}",
    )


def hidden_slots(spec: B2BSpec, *, seed: int) -> list[int]:
    """The hidden schedule's slot for each requested row (for tests of feasibility)."""
    rng = random.Random(seed)
    hidden = _hidden_schedule(spec, rng)
    rng.shuffle(hidden)
    return [slot for _p1, _p2, slot in hidden]


def spread_over_days(problem: Problem, *, days: int) -> Problem:
    """A one-day B2B problem of days x S slots cut into ``days`` days of S slots each
    (each day a morning and an afternoon of S/2 slots).  Session restrictions cannot be
    carried over (the long day's morning is not each day's morning), so a problem with
    any is refused rather than quietly turned infeasible."""
    restricted = [m.id for m in problem.meetings if m.session != "any"]
    if restricted:
        raise ValueError(f"cannot spread meetings restricted to a session over days: {', '.join(restricted[:5])}")
    (leg,) = problem.legs
    (day,) = leg.days
    per = day.slots // days
    half = per // 2
    sessions = (Session(name="morning", start=0, end=half), Session(name="afternoon", start=half, end=per))
    new_days = tuple(Day(id=f"day{k + 1}", date="", slots=per, sessions=sessions) for k in range(days))

    def move(ref: SlotRef) -> SlotRef:
        return SlotRef(day=f"day{ref.slot // per + 1}", slot=ref.slot % per)

    return replace(
        problem,
        legs=(replace(leg, days=new_days),),
        delegations=tuple(replace(d, forbidden=tuple(move(f) for f in d.forbidden)) for d in problem.delegations),
        meetings=tuple(replace(m, pinned=move(m.pinned) if m.pinned else None) for m in problem.meetings),
    )


def brokerage(
    *, seed: int, businesses: int = 1000, meetings: int = 5000, days: int = 2, slots: int = 32, tables: int = 100
) -> Problem:
    """A brokerage event: every meeting mandatory, ``days`` days of ``slots`` slots, shared tables."""
    spec = B2BSpec(
        n_business=businesses,
        n_meetings=meetings,
        n_slots=days * slots,
        n_tables=tables,
        restricted_share=0.0,
        precedence_share=0.0,
    )
    return spread_over_days(to_problem(generate_b2b(spec, seed=seed)), days=days)
