"""Lookups over a Problem used by the checker (built once per check)."""

from __future__ import annotations

from dataclasses import dataclass

from convoy.planning.problem import (
    Counterpart,
    Day,
    Delegation,
    FixedActivity,
    GroupSession,
    Meeting,
    Problem,
)


@dataclass(frozen=True)
class Index:
    days: dict[str, Day]
    day_leg: dict[str, str]
    day_order: dict[str, int]
    meetings: dict[str, Meeting]
    groups: dict[str, GroupSession]
    fixed: dict[str, FixedActivity]
    delegations: dict[str, Delegation]
    counterparts: dict[str, Counterpart]
    venue_tables: dict[str, int | None]
    travel: dict[tuple[str, str], int]

    def capacity(self, who: str) -> int:
        if who in self.delegations:
            return self.delegations[who].tracks
        if who in self.counterparts:
            return self.counterparts[who].capacity
        return 1

    def host_venue(self, participants: tuple[str, ...]) -> str | None:
        for who in participants:
            c = self.counterparts.get(who)
            if c is not None and c.venue is not None:
                return c.venue
        return None

    def travel_minutes(self, origin: str, destination: str) -> int:
        if origin == destination:
            return 0
        return self.travel.get((origin, destination), self.travel.get((destination, origin), 0))


def build_index(problem: Problem) -> Index:
    days = {d.id: d for leg in problem.legs for d in leg.days}
    order = [d.id for leg in problem.legs for d in leg.days]
    return Index(
        days=days,
        day_leg={d.id: leg.id for leg in problem.legs for d in leg.days},
        day_order={d: i for i, d in enumerate(order)},
        meetings={m.id: m for m in problem.meetings},
        groups={g.id: g for g in problem.group_sessions},
        fixed={f.id: f for f in problem.fixed},
        delegations={d.id: d for d in problem.delegations},
        counterparts={c.id: c for c in problem.counterparts},
        venue_tables={v.id: v.tables for v in problem.venues},
        travel={(t.origin, t.destination): t.minutes for t in problem.travel},
    )
