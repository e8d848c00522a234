"""Properties of `allocate` on random small missions (hypothesis).

Floor feasibility is decided here independently of the implementation, by a plain
augmenting-path b-matching over the same eligible pairs and remaining capacities.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from hypothesis import event, given, settings
from hypothesis import strategies as st

from convoy.matching.allocation import Allocation, AllocationPolicy, Source, allocate
from convoy.matching.model import Override, OverrideKind, Priority, Profile, Request
from convoy.matching.score import Suggestion


@dataclass(frozen=True)
class Mission:
    delegations: list[Profile]
    counterparts: list[Profile]
    suggestions: list[Suggestion]
    requests: list[Request]
    overrides: list[Override]
    policy: AllocationPolicy


@st.composite
def missions(draw: st.DrawFn) -> Mission:
    n, m = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    delegations = [
        Profile(
            id=f"d{i}",
            name=f"d{i}",
            small=draw(st.booleans()),
            capacity=draw(st.none() | st.integers(0, 4)),
        )
        for i in range(n)
    ]
    counterparts = [
        Profile(
            id=f"c{j}",
            name=f"c{j}",
            marquee=draw(st.sampled_from([False, False, False, True])),
            capacity=draw(st.none() | st.integers(0, 4)),
            seats=draw(st.integers(0, 3)),
        )
        for j in range(m)
    ]
    all_pairs = [(d.id, c.id) for d in delegations for c in counterparts]
    scored = draw(st.lists(st.sampled_from(all_pairs), unique=True, min_size=len(all_pairs) // 2))
    suggestions = [
        Suggestion(
            delegation=d,
            counterpart=c,
            total=draw(st.floats(0, 1.6)),
            parts=(),
            explanation_es="",
            explanation_en="",
        )
        for d, c in scored
    ]
    requests = [
        Request(requester=d, requested=c, priority=p) if forward else Request(c, d, p)
        for (d, c), forward, p in draw(
            st.lists(st.tuples(st.sampled_from(all_pairs), st.booleans(), st.sampled_from(Priority)))
        )
    ]
    decided = draw(st.lists(st.sampled_from(all_pairs), unique=True, max_size=4))
    overrides = [Override(d, c, draw(st.sampled_from(OverrideKind))) for d, c in decided]
    policy = AllocationPolicy(
        floor=draw(st.integers(0, 3)),
        delegation_cap=draw(st.integers(0, 4)),
        counterpart_cap=draw(st.integers(0, 4)),
        seat_cap=draw(st.integers(0, 2)),
        min_score=draw(st.sampled_from([0.0, 0.3, 0.8])),
    )
    return Mission(delegations, counterparts, suggestions, requests, overrides, policy)


def run(mission: Mission) -> Allocation:
    return allocate(
        delegations=mission.delegations,
        counterparts=mission.counterparts,
        suggestions=mission.suggestions,
        requests=mission.requests,
        overrides=mission.overrides,
        policy=mission.policy,
    )


def of_kind(mission: Mission, kind: OverrideKind) -> set[tuple[str, str]]:
    return {(o.delegation, o.counterpart) for o in mission.overrides if o.kind is kind}


def cap(profile: Profile, default: int) -> int:
    return profile.capacity if profile.capacity is not None else default


@settings(max_examples=150, deadline=None)
@given(missions())
def test_overrides_always_respected(mission: Mission) -> None:
    allocation = run(mission)
    met = {(m.delegation, m.counterpart): m for m in allocation.meetings}
    seated = {(s.delegation, s.counterpart) for s in allocation.seats}
    for pair in of_kind(mission, OverrideKind.MUST_MEET):
        assert met[pair].mandatory and met[pair].source is Source.OVERRIDE
    assert not of_kind(mission, OverrideKind.NEVER) & (set(met) | seated)
    assert len(met) == len(allocation.meetings)
    assert len(seated) == len(allocation.seats)


@settings(max_examples=150, deadline=None)
@given(missions())
def test_caps_never_exceeded(mission: Mission) -> None:
    allocation = run(mission)
    policy = mission.policy
    forced = of_kind(mission, OverrideKind.MUST_MEET)
    per_counterpart = Counter(m.counterpart for m in allocation.meetings)
    per_delegation = Counter(m.delegation for m in allocation.meetings)
    seats = Counter(s.counterpart for s in allocation.seats)
    seats_held = Counter(s.delegation for s in allocation.seats)
    for c in mission.counterparts:
        imposed = sum(1 for _, k in forced if k == c.id)
        limit = 0 if c.marquee else cap(c, policy.counterpart_cap)
        assert per_counterpart[c.id] <= max(limit, imposed)
        assert seats[c.id] <= (c.seats if c.marquee else 0)
    for d in mission.delegations:
        imposed = sum(1 for k, _ in forced if k == d.id)
        assert per_delegation[d.id] <= max(cap(d, policy.delegation_cap), imposed)
        assert seats_held[d.id] <= policy.seat_cap


@settings(max_examples=200, deadline=None)
@given(missions())
def test_floors_met_whenever_feasible(mission: Mission) -> None:
    allocation = run(mission)
    policy = mission.policy
    forced = of_kind(mission, OverrideKind.MUST_MEET) - of_kind(mission, OverrideKind.NEVER)
    never = of_kind(mission, OverrideKind.NEVER)
    requested = {(r.requester, r.requested) for r in mission.requests}
    requested |= {(b, a) for a, b in requested}
    score = {(s.delegation, s.counterpart): s.total for s in mission.suggestions}
    demand = {
        d.id: max(
            0,
            min(policy.floor, cap(d, policy.delegation_cap)) - sum(1 for k, _ in forced if k == d.id),
        )
        for d in mission.delegations
    }
    room = {
        c.id: 0 if c.marquee else max(0, cap(c, policy.counterpart_cap) - sum(1 for _, k in forced if k == c.id))
        for c in mission.counterparts
    }
    edges = {
        d: [
            c
            for c in room
            if (d, c) not in never
            and (d, c) not in forced
            and ((d, c) in requested or score.get((d, c), -1.0) >= policy.min_score)
        ]
        for d in demand
    }
    feasible = max_b_matching(demand=demand, room=room, edges=edges) == sum(demand.values())
    event(f"floors {'feasible' if feasible else 'infeasible'}, demand {sum(demand.values()) > 0}")
    if feasible:
        held = Counter(m.delegation for m in allocation.meetings)
        floors = {d.id: min(policy.floor, cap(d, policy.delegation_cap)) for d in mission.delegations}
        assert all(held[d] >= floors[d] for d in floors)
        assert allocation.fairness.below_floor == ()


def max_b_matching(*, demand: dict[str, int], room: dict[str, int], edges: dict[str, list[str]]) -> int:
    """Unit augmenting paths (Ford–Fulkerson by DFS) on source→d→c→sink."""
    flow: Counter[tuple[str, str]] = Counter()
    sent: Counter[str] = Counter()
    used: Counter[str] = Counter()

    def augment(d: str, seen: set[str]) -> bool:
        for c in edges[d]:
            if c in seen or flow[(d, c)]:
                continue
            seen.add(c)
            if used[c] < room[c]:
                used[c] += 1
                flow[(d, c)] = 1
                return True
            for other in demand:
                if flow[(other, c)] and augment(other, seen):
                    flow[(other, c)] = 0
                    flow[(d, c)] = 1
                    return True
        return False

    progress = True
    while progress:  # repeat passes until no augmenting path remains from any delegation
        progress = False
        for d, wanted in demand.items():
            if sent[d] < wanted and augment(d, set()):
                sent[d] += 1
                progress = True
    return sum(sent.values())
