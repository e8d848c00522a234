"""Seeded generator of convoy-class problems: delegations and counterparts over several
legs and days, venues with travel times, group sessions and fixed plenaries.

Mandatory meetings are made feasible by construction: a greedy schedule of the mandatory
meetings alone is built first, and any it cannot place becomes optional.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from convoy.planning.greedy import greedy
from convoy.planning.problem import (
    Counterpart,
    Day,
    Delegation,
    FixedActivity,
    GroupSession,
    Interest,
    Leg,
    Meeting,
    Problem,
    Session,
    Travel,
    Venue,
    Window,
)

FIRST_DAY = dt.date(2026, 2, 23)


@dataclass(frozen=True)
class ConvoySpec:
    delegations: int = 100
    counterparts: int = 50
    legs: int = 3
    days_per_leg: int = 5
    slots: int = 16
    candidates: int = 6
    mandatory_share: float = 0.25
    group_sessions_per_leg: int = 2
    venues_per_leg: int = 3


def _legs(spec: ConvoySpec) -> tuple[Leg, ...]:
    lunch = spec.slots // 2 - 1
    sessions = (Session(name="morning", start=0, end=lunch), Session(name="afternoon", start=lunch + 1, end=spec.slots))
    legs = []
    for i in range(spec.legs):
        days = tuple(
            Day(
                id=f"L{i}-{j}",
                date=(FIRST_DAY + dt.timedelta(days=i * spec.days_per_leg + j)).isoformat(),
                slots=spec.slots,
                sessions=sessions,
                breaks=(lunch,),
            )
            for j in range(spec.days_per_leg)
        )
        legs.append(Leg(id=f"L{i}", name=f"City {i}", days=days))
    return tuple(legs)


def _venues(spec: ConvoySpec, rng: random.Random) -> tuple[tuple[Venue, ...], tuple[Travel, ...]]:
    venues, travel = [], []
    per_leg = max(1, spec.counterparts // spec.legs)
    for i in range(spec.legs):
        ids = [f"L{i}-hotel", *(f"L{i}-v{k}" for k in range(1, spec.venues_per_leg))]
        venues.append(Venue(id=ids[0], name=f"Hotel {i}", leg=f"L{i}", tables=max(4, per_leg // 2)))
        venues += [Venue(id=v, name=v, leg=f"L{i}") for v in ids[1:]]
        travel += [
            Travel(origin=a, destination=b, minutes=rng.choice((20, 30, 45, 60)))
            for k, a in enumerate(ids)
            for b in ids[k + 1 :]
        ]
    return tuple(venues), tuple(travel)


def _people(spec: ConvoySpec, rng: random.Random, legs: tuple[Leg, ...]) -> tuple[list[Delegation], list[Counterpart]]:
    leg_ids = [leg.id for leg in legs]
    delegations = [
        Delegation(
            id=f"d{i}",
            name=f"Delegation {i}",
            tracks=2 if rng.random() < 0.3 else 1,
            legs=() if rng.random() < 0.7 else tuple(sorted(rng.sample(leg_ids, rng.randint(1, len(leg_ids))))),
            priority=rng.randint(1, 3),
            size=rng.randint(1, 6),
        )
        for i in range(spec.delegations)
    ]
    counterparts = []
    for i in range(spec.counterparts):
        leg = legs[i % len(legs)]
        venue = (
            f"{leg.id}-hotel"
            if rng.random() < 0.5 or spec.venues_per_leg == 1
            else f"{leg.id}-v{rng.randint(1, spec.venues_per_leg - 1)}"
        )
        window: tuple[Window, ...] = ()
        if rng.random() < 0.3:
            days = rng.sample(leg.days, max(1, len(leg.days) // 2))
            window = tuple(Window(day=d.id, start=0, end=spec.slots) for d in days)
        counterparts.append(
            Counterpart(
                id=f"c{i}",
                name=f"Counterpart {i}",
                leg=leg.id,
                capacity=2 if rng.random() < 0.2 else 1,
                availability=window,
                max_per_day=rng.choice((None, 4, 6, 8)),
                venue=venue,
            )
        )
    return delegations, counterparts


def _attends(d: Delegation, leg: str) -> bool:
    return not d.legs or leg in d.legs


def generate_convoy(spec: ConvoySpec, *, seed: int) -> Problem:
    rng = random.Random(seed)
    legs = _legs(spec)
    venues, travel = _venues(spec, rng)
    delegations, counterparts = _people(spec, rng, legs)
    fixed = tuple(
        FixedActivity(
            id=f"plenary-{leg.id}",
            name=f"Opening {leg.name}",
            day=leg.days[0].id,
            start=0,
            duration=1,
            attendees=tuple(d.id for d in delegations if _attends(d, leg.id)),
            venue=f"{leg.id}-hotel",
        )
        for leg in legs
    )
    meetings = []
    for d in delegations:
        options = [c for c in counterparts if _attends(d, c.leg)]
        for c in rng.sample(options, min(spec.candidates, len(options))):
            meetings.append(
                Meeting(
                    id=f"{d.id}-{c.id}",
                    participants=(d.id, c.id),
                    weight=rng.randint(1, 5),
                    duration=2 if rng.random() < 0.15 else 1,
                    mandatory=rng.random() < spec.mandatory_share,
                    session=rng.choice(("morning", "afternoon")) if rng.random() < 0.1 else "any",
                )
            )
    groups = []
    for leg in legs:
        hosts = [c for c in counterparts if c.leg == leg.id]
        here = [d for d in delegations if _attends(d, leg.id)]
        for k in range(min(spec.group_sessions_per_leg, len(hosts))):
            host = rng.choice(hosts)
            chosen = rng.sample(here, min(len(here), rng.randint(4, 10)))
            groups.append(
                GroupSession(
                    id=f"gs-{leg.id}-{k}",
                    host=host.id,
                    seats=rng.randint(3, 6),
                    duration=2,
                    interested=tuple(Interest(delegation=d.id, weight=rng.randint(1, 3)) for d in chosen),
                )
            )
    problem = Problem(
        legs=legs,
        venues=venues,
        travel=travel,
        delegations=tuple(delegations),
        counterparts=tuple(counterparts),
        fixed=fixed,
        group_sessions=tuple(groups),
        meetings=tuple(meetings),
        name=f"convoy-{spec.delegations}x{spec.counterparts}-s{seed}",
    )
    return _feasible_mandatory(problem)


def _feasible_mandatory(problem: Problem) -> Problem:
    only = replace(problem, meetings=tuple(m for m in problem.meetings if m.mandatory), group_sessions=())
    hidden = {p.id for p in greedy(only).placements}
    return replace(
        problem,
        meetings=tuple(
            m if not m.mandatory or m.id in hidden else replace(m, mandatory=False) for m in problem.meetings
        ),
    )
