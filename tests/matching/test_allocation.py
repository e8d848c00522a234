from __future__ import annotations

from convoy.matching.allocation import AllocationPolicy, Source, allocate
from convoy.matching.model import Override, OverrideKind, Priority, Profile, Request
from convoy.matching.score import Suggestion


def scored(delegation: str, counterpart: str, total: float) -> Suggestion:
    return Suggestion(
        delegation=delegation,
        counterpart=counterpart,
        total=total,
        parts=(),
        explanation_es="",
        explanation_en="",
    )


def pairs(allocation_pairs: object) -> list[tuple[str, str]]:
    return sorted((m.delegation, m.counterpart) for m in allocation_pairs)  # type: ignore[attr-defined]


BIG = Profile(id="gdl", name="Guadalajara")
SMALL = Profile(id="pq", name="Municipio pequeño", small=True)
A = Profile(id="a", name="A", capacity=1)
B = Profile(id="b", name="B", capacity=1)


def test_small_municipality_gets_its_floor_before_extras() -> None:
    # The big delegation scores higher with both counterparts; each takes one meeting only.
    suggestions = [scored("gdl", "a", 0.9), scored("gdl", "b", 0.8), scored("pq", "a", 0.5)]
    allocation = allocate(
        delegations=[BIG, SMALL],
        counterparts=[A, B],
        suggestions=suggestions,
        policy=AllocationPolicy(floor=1),
    )
    assert pairs(allocation.meetings) == [("gdl", "b"), ("pq", "a")]
    assert allocation.fairness.min_meetings == 1
    assert allocation.fairness.below_floor == ()


def test_requests_come_before_better_scored_suggestions() -> None:
    allocation = allocate(
        delegations=[BIG],
        counterparts=[A, B],
        suggestions=[scored("gdl", "a", 0.9), scored("gdl", "b", 0.4)],
        requests=[Request(requester="gdl", requested="b", priority=Priority.MUST)],
        policy=AllocationPolicy(floor=1, delegation_cap=1),
    )
    [meeting] = allocation.meetings
    assert (meeting.counterpart, meeting.source, meeting.mandatory) == ("b", Source.REQUEST, True)
    assert allocation.unmet_requests == ()


def test_low_scores_are_not_candidates_but_requests_are() -> None:
    allocation = allocate(
        delegations=[BIG, SMALL],
        counterparts=[A, B],
        suggestions=[scored("gdl", "a", 0.1), scored("pq", "b", 0.1)],
        requests=[Request(requester="b", requested="pq")],
        policy=AllocationPolicy(min_score=0.3),
    )
    assert pairs(allocation.meetings) == [("pq", "b")]
    assert allocation.meetings[0].source is Source.REQUEST
    assert allocation.meetings[0].mandatory is False


def test_marquee_counterpart_is_shared_through_seats() -> None:
    netflix = Profile(id="netflix", name="Netflix", marquee=True, seats=3)
    delegations = [
        Profile(id="gdl", name="Guadalajara"),
        Profile(id="mty", name="Monterrey"),
        Profile(id="pq", name="Pequeño", small=True),
        Profile(id="tla", name="Tlaxcala", small=True),
    ]
    suggestions = [scored(d.id, "netflix", 0.9 - 0.1 * i) for i, d in enumerate(delegations)]
    allocation = allocate(delegations=delegations, counterparts=[netflix], suggestions=suggestions)
    assert allocation.meetings == ()
    assert [s.delegation for s in allocation.seats] == ["pq", "tla", "gdl"]
    assert allocation.fairness.small_share_of_marquee_seats == 2 / 3
    assert allocation.unmet_requests == ()


def test_seat_cap_per_delegation_and_unmet_requests() -> None:
    marquee = [Profile(id=f"m{i}", name=f"M{i}", marquee=True, seats=1) for i in range(3)]
    allocation = allocate(
        delegations=[BIG],
        counterparts=marquee,
        suggestions=[],
        requests=[Request(requester="gdl", requested=m.id) for m in marquee],
        policy=AllocationPolicy(seat_cap=2),
    )
    assert [s.counterpart for s in allocation.seats] == ["m0", "m1"]
    assert {s.source for s in allocation.seats} == {Source.REQUEST}
    assert allocation.unmet_requests == (("gdl", "m2"),)


def test_overrides_win_over_caps_and_scores() -> None:
    allocation = allocate(
        delegations=[BIG, SMALL],
        counterparts=[A, B],
        suggestions=[scored("gdl", "a", 0.9), scored("pq", "b", 0.9)],
        overrides=[
            Override(delegation="pq", counterpart="a", kind=OverrideKind.MUST_MEET),
            Override(delegation="gdl", counterpart="a", kind=OverrideKind.MUST_MEET),
            Override(delegation="pq", counterpart="b", kind=OverrideKind.NEVER),
        ],
    )
    assert pairs(allocation.meetings) == [("gdl", "a"), ("pq", "a")]
    assert all(m.mandatory and m.source is Source.OVERRIDE for m in allocation.meetings)
    assert [w.en for w in allocation.warnings] == ["Must-meet decisions exceed the capacity of A by 1."]
    assert allocation.warnings[0].es == ("Las decisiones «debe reunirse» exceden en 1 la capacidad de A.")


def test_never_wins_over_a_conflicting_must_meet() -> None:
    allocation = allocate(
        delegations=[BIG],
        counterparts=[A],
        suggestions=[scored("gdl", "a", 0.9)],
        requests=[Request(requester="gdl", requested="a", priority=Priority.MUST)],
        overrides=[
            Override(delegation="gdl", counterpart="a", kind=OverrideKind.MUST_MEET),
            Override(delegation="gdl", counterpart="a", kind=OverrideKind.NEVER),
            Override(delegation="gdl", counterpart="ghost", kind=OverrideKind.MUST_MEET),
        ],
    )
    assert allocation.meetings == ()
    assert allocation.unmet_requests == ()
    assert [w.en for w in allocation.warnings] == [
        "Guadalajara–A is marked both must-meet and never; never is kept.",
        "The must-meet decision Guadalajara–ghost names an absent participant.",
    ]
