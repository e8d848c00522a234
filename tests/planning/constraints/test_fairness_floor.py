"""The fairness floor (soft, tier 2): binding and slack, impossible candidates, penalty."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convoy.planning.check import check
from convoy.planning.check_terms import candidates_by_delegation, floor_penalty
from convoy.planning.config import Config, Segment
from convoy.planning.constraints.fairness_floor import penalty_of
from convoy.planning.generate_convoy import ConvoySpec, generate_convoy
from convoy.planning.options import build_grid
from convoy.planning.problem import Counterpart, Delegation, GroupSession, Interest, Meeting, Problem, Window
from convoy.planning.result import Placement
from convoy.planning.solve import solve
from convoy.planning.tracks import assign_tracks

from ..factory import pair_problem, placed, solved

LINEAR = (Segment(offset=0, slope=1),)
MEETINGS = (
    Meeting(id="ay", participants=("a", "y"), weight=3, mandatory=True),
    Meeting(id="ax", participants=("a", "x"), weight=3),
    Meeting(id="bx", participants=("b", "x"), weight=2),
)


def x_slots(problem: Problem, end: int) -> Problem:
    """``problem`` with counterpart x available in slots [0, end) only."""
    counterparts = tuple(
        replace(c, availability=(Window(day="d1", start=0, end=end),)) if c.id == "x" else c
        for c in problem.counterparts
    )
    return replace(problem, counterparts=counterparts)


def test_one_candidate_delegation_displaces_a_second_meeting():
    problem = x_slots(pair_problem(meetings=MEETINGS, slots=3), 1)
    result, report = solved(problem, soft_floor=0, returns=LINEAR)
    assert set(placed(result)) == {"ay", "ax"}
    assert report.terms.per_delegation == {"a": 2, "b": 0}
    result, report = solved(problem, returns=LINEAR)
    assert set(placed(result)) == {"ay", "bx"}
    assert report.terms.per_delegation == {"a": 1, "b": 1}
    assert (report.terms.floor_shortfall, report.terms.floor_penalty) == ({}, 4)
    assert [(t.name, t.value, t.bound) for t in result.objective][1] == ("value", 5, 5)
    ax = Placement(id="ax", kind="meeting", participants=("a", "x"), day="d1", start=0, duration=1, venue="hall")
    kept = check(problem, [p for p in result.placements if p.id != "bx"] + [ax], config=Config(returns=LINEAR))
    assert kept.ok
    assert (kept.terms.floor_shortfall, kept.terms.value_tier) == ({"b": 1}, 6 - 4)


def test_floor_changes_nothing_when_every_delegation_has_its_share():
    problem = x_slots(pair_problem(meetings=MEETINGS, slots=3), 2)
    for settings_ in ({"soft_floor": 0}, {}, {"soft_floor": 2}):
        result, report = solved(problem, **settings_)
        assert set(placed(result)) == {"ay", "ax", "bx"}
        assert report.terms.floor_shortfall == {}
    # default curve min(2W, W + 2): a 6 -> 8, b 2 -> 4
    assert report.terms.value == 12
    assert report.terms.value_tier == 12


def test_default_curve_alone_prefers_a_first_meeting():
    problem = x_slots(pair_problem(meetings=MEETINGS, slots=3), 1)
    result, report = solved(problem, soft_floor=0)
    assert set(placed(result)) == {"ay", "bx"}
    assert report.terms.value == 5 + 4


def test_impossible_candidates_give_a_shortfall_not_infeasibility():
    meetings = (*MEETINGS[:2], Meeting(id="bx", participants=("b", "x"), session="afternoon"))
    problem = x_slots(pair_problem(meetings=meetings, slots=4), 2)  # x only in the morning
    result, report = solved(problem)
    assert result.status == "optimal"
    assert set(placed(result)) == {"ay", "ax"}
    assert report.terms.floor_shortfall == {"b": 1}
    assert report.terms.floor_shortfall_total == 1
    # 8 (a: weight 6) + 0 (b) - 6 (penalty: 1 + f(3) - f(0)) x 1
    assert (report.terms.floor_penalty, report.terms.value_tier) == (6, 2)
    assert [(t.name, t.value) for t in result.objective][1] == ("value", 2)
    hard = solve(problem, Config(time_limit=5.0, floor=1))
    assert (hard.status, hard.placements) == ("infeasible", ())
    assert any("floor:b" in c.ids for c in hard.conflicts)


def test_penalty_is_above_any_single_meeting_or_seat():
    problem = pair_problem(meetings=MEETINGS)
    with_ab = replace(
        problem,
        meetings=(*MEETINGS, Meeting(id="ab", participants=("a", "b", "x"), weight=4)),
    )
    for p, config, expected in (
        (problem, Config(), 6),  # f(3) - f(0) = 5
        (problem, Config(returns=LINEAR), 4),
        (with_ab, Config(), 13),  # f(4) - f(0) = 6, for a and for b
        (problem, Config(floor_penalty=50), 50),
    ):
        assert penalty_of(problem=p, config=config) == expected
        assert floor_penalty(problem=p, config=config) == expected


def test_group_session_seat_counts_towards_the_floor():
    problem = x_slots(pair_problem(meetings=MEETINGS, slots=3), 2)
    session = GroupSession(id="g", host="z", seats=1, interested=(Interest("a", weight=5), Interest("c")))
    problem = replace(
        problem,
        delegations=(*problem.delegations, Delegation(id="c", name="C")),
        counterparts=(*problem.counterparts, Counterpart(id="z", name="Z", leg="la", venue="hall")),
        group_sessions=(session,),
    )
    assert check(problem, [], config=Config()).terms.floor_shortfall == {"a": 1, "b": 1, "c": 1}
    result, report = solved(problem, soft_floor=0, returns=LINEAR)
    seated = next(p.participants for p in result.placements if p.id == "g")
    assert (seated, report.terms.per_delegation) == (("z", "a"), {"a": 3, "b": 1, "c": 0})
    result, report = solved(problem, returns=LINEAR)
    seated = next(p.participants for p in result.placements if p.id == "g")
    assert (seated, report.terms.per_delegation) == (("z", "c"), {"a": 2, "b": 1, "c": 1})
    assert (report.terms.floor_shortfall, report.terms.floor_penalty) == ({}, 6)


QUICK = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SOLVE = Config(time_limit=1.0)
convoys = st.builds(
    lambda seed, d, c: generate_convoy(
        ConvoySpec(
            delegations=d,
            counterparts=c,
            legs=1,
            days_per_leg=1,
            slots=3,
            candidates=2,
            venues_per_leg=1,
            group_sessions_per_leg=0,
        ),
        seed=seed,
    ),
    seed=st.integers(0, 10_000),
    d=st.integers(4, 6),
    c=st.integers(1, 2),
)


def _venue(problem: Problem, m: Meeting) -> str | None:
    if m.venue is not None:
        return m.venue
    venues = {c.id: c.venue for c in problem.counterparts}
    return next((venues[w] for w in m.participants if venues.get(w)), None)


def _attempts(problem: Problem, m: Meeting):
    for leg in problem.legs:
        for day in leg.days:
            for start in range(day.slots - m.duration + 1):
                yield Placement(
                    id=m.id,
                    kind="meeting",
                    participants=m.participants,
                    day=day.id,
                    start=start,
                    duration=m.duration,
                    venue=_venue(problem, m),
                )


def fairer_moves(problem: Problem, placements: tuple[Placement, ...]) -> list[tuple[str, int, str]]:
    """Valid agendas (judged by ``check``) that give a delegation below the fairness floor
    one of its candidates, adding it or taking the place of a meeting whose delegations are
    all above their floor: (meeting added, start, meeting removed or "")."""
    report = check(problem, placements, config=SOLVE)
    counts = report.terms.per_delegation
    floors = {d: min(SOLVE.soft_floor, n) for d, n in candidates_by_delegation(problem=problem).items()}
    above = [
        p
        for p in placements
        if p.kind == "meeting" and all(counts[w] > floors[w] for w in p.participants if w in counts)
    ]
    grid = build_grid(problem)
    done = {p.id for p in placements}
    found = []
    for m in problem.meetings:
        if m.id in done or not any(w in report.terms.floor_shortfall for w in m.participants):
            continue
        for new in _attempts(problem, m):
            for gone in [None, *above]:
                rest = [p for p in placements if p is not gone]
                trial = assign_tracks(grid=grid, placements=[*rest, new])
                if check(problem, trial, config=SOLVE).ok:
                    found.append((m.id, new.start, gone.id if gone else ""))
    return found


def test_without_the_floor_a_fairer_move_exists():
    problem = x_slots(pair_problem(meetings=MEETINGS, slots=3), 1)
    result, _report = solved(problem, soft_floor=0, returns=LINEAR)
    assert fairer_moves(problem, result.placements) == [("bx", 0, "ax")]
    result, _report = solved(problem)
    assert fairer_moves(problem, result.placements) == []


@QUICK
@given(problem=convoys)
def test_no_delegation_below_the_floor_could_take_a_slot_from_one_above_it(problem):
    result = solve(problem, SOLVE)
    value = next(t for t in result.objective if t.name == "value")
    if value.value == value.bound:  # the property holds for the value optimum
        assert fairer_moves(problem, result.placements) == []
