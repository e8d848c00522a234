"""The breaks lower bound: exact on crafted cases, never above a feasible agenda's breaks.

Every crafted case is also solved with compactness as the first tier after the mandatory
meetings, so the least breaks of any feasible agenda (judged by ``check``) confirms both
that the bound is valid and that the expected figure is the true optimum.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, reject, settings
from hypothesis import strategies as st

from convoy.planning.b2b import b2b_config, to_problem
from convoy.planning.check import check
from convoy.planning.config import Config
from convoy.planning.dzn import read_dzn
from convoy.planning.generate import B2BSpec, brokerage, generate_b2b, spread_over_days
from convoy.planning.generate_convoy import ConvoySpec, generate_convoy
from convoy.planning.greedy import greedy
from convoy.planning.lower_bound import breaks_lower_bound
from convoy.planning.problem import (
    Counterpart,
    Day,
    Delegation,
    FixedActivity,
    GroupSession,
    Interest,
    Leg,
    Meeting,
    PreviousPlacement,
    Problem,
    Restriction,
    Session,
    SlotRef,
    Window,
)
from convoy.planning.solve import solve

from .factory import solved

INSTANCES = Path(__file__).parent / "instances"
OPTIMA = json.loads((INSTANCES / "optima.json").read_text())
QUICK = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEASIBLE = ("optimal", "feasible")


def least_breaks_config(**settings: object) -> Config:
    """Breaks minimized right after the mandatory meetings (venue changes not counted)."""
    return Config(
        time_limit=5.0,
        tier_order=("mandatory", "compactness", "value"),
        venue_change_weight=0,
        **settings,  # type: ignore[arg-type]
    )


def least_breaks(problem: Problem, config: Config) -> int | None:
    """The least breaks of a feasible agenda (None unless the solver proves it)."""
    result = solve(problem, config)
    report = check(problem, result, config=config)
    if result.status not in FEASIBLE:
        return None
    assert report.violations == (), report.violations
    return report.terms.breaks_total if result.status == "optimal" else None


def day(day_id: str = "d1", *, slots: int = 8, morning: int = 4) -> Day:
    sessions = (Session(name="morning", start=0, end=morning), Session(name="afternoon", start=morning, end=slots))
    return Day(id=day_id, date="2026-02-27", slots=slots, sessions=sessions)


def problem(
    *,
    meetings: tuple[Meeting, ...] = (),
    fixed: tuple[tuple[str, int], ...] = (),
    days: tuple[Day, ...] = (),
    tracks: int = 1,
    forbidden: tuple[int, ...] = (),
    windows: dict[str, Window] | None = None,
    groups: tuple[GroupSession, ...] = (),
) -> Problem:
    """Delegation ``a`` meeting counterparts x0, x1, ... (one meeting each unless told otherwise);
    ``fixed`` lists (day, slot) of one-slot activities ``a`` attends."""
    days = days or (day(),)
    names = sorted({w for m in meetings for w in m.participants if w != "a"} | {g.host for g in groups})
    windows = windows or {}
    return Problem(
        legs=(Leg(id="la", name="LA", days=days),),
        delegations=(
            Delegation(
                id="a",
                name="A",
                tracks=tracks,
                forbidden=tuple(SlotRef(day=days[0].id, slot=s) for s in forbidden),
            ),
        ),
        counterparts=tuple(
            Counterpart(id=c, name=c, leg="la", availability=(windows[c],) if c in windows else ()) for c in names
        ),
        fixed=tuple(
            FixedActivity(id=f"f{i}", name="plenary", day=d, start=s, duration=1, attendees=("a",))
            for i, (d, s) in enumerate(fixed)
        ),
        meetings=meetings,
        group_sessions=groups,
    )


def with_x(
    n: int,
    *,
    mandatory: bool = True,
    duration: int = 1,
    session: Restriction = "any",
    first: int = 0,
) -> tuple[Meeting, ...]:
    return tuple(
        Meeting(
            id=f"m{i}",
            participants=("a", f"x{i}"),
            mandatory=mandatory,
            duration=duration,
            session=session,
        )
        for i in range(first, first + n)
    )


def assert_bound(p: Problem, expected: int, *, tight: bool = True, **settings: object) -> None:
    """The bound is ``expected``; no feasible agenda has fewer breaks (and, when ``tight``,
    the best one has exactly that many)."""
    config = least_breaks_config(**settings)
    bound = breaks_lower_bound(p, config)
    assert bound.total == expected
    assert sum(bound.per_participant.values()) == bound.total
    assert all(v > 0 for v in bound.per_participant.values())
    best = least_breaks(p, config)
    assert best is not None
    assert bound.total <= best
    if tight:
        assert best == expected


def test_fixed_at_two_and_six_with_one_meeting_leaves_a_break():
    p = problem(fixed=(("d1", 2), ("d1", 6)), meetings=with_x(1))
    assert_bound(p, 1)
    assert breaks_lower_bound(p, Config()).per_participant == {"a": 1}


def test_three_meetings_fill_the_gap_between_fixed_activities():
    assert_bound(problem(fixed=(("d1", 2), ("d1", 6)), meetings=with_x(3)), 0)


@pytest.mark.parametrize(
    ("pauses", "meetings", "expected"), [((), 1, 1), ((3, 4, 5), 0, 0), ((3, 4), 0, 1), ((3, 4), 1, 0)]
)
def test_a_pause_between_fixed_activities_is_not_a_gap(pauses, meetings, expected):
    """Fixed at 2 and 6: a pause over 3-5 joins them (lunch is nobody's idle time); a pause over
    3-4 leaves slot 5, which one meeting can fill."""
    p = problem(days=(replace(day(), breaks=pauses),), fixed=(("d1", 2), ("d1", 6)), meetings=with_x(meetings))
    assert_bound(p, expected)


@pytest.mark.parametrize(("meetings", "expected"), [(2, 0), (3, 1), (4, 1)])
def test_a_forbidden_slot_splits_a_full_day(meetings, expected):
    p = problem(days=(day(slots=5, morning=5),), forbidden=(2,), meetings=with_x(meetings))
    assert_bound(p, expected)


@pytest.mark.parametrize(("slots", "per_day", "per_session"), [((1, 6), 1, 0), ((0, 2), 1, 1), ((0, 2, 5, 7), 3, 2)])
def test_breaks_per_day_or_per_session(slots, per_day, per_session):
    p = problem(fixed=tuple(("d1", s) for s in slots))
    assert_bound(p, per_day, breaks="per_day")
    assert_bound(p, per_session, breaks="per_session")


def test_a_pinned_mandatory_meeting_is_busy_where_it_is_pinned():
    pinned = Meeting(id="pin", participants=("a", "y"), mandatory=True, pinned=SlotRef(day="d1", slot=5))
    assert_bound(problem(fixed=(("d1", 1),), meetings=(pinned, *with_x(1))), 1)
    # The same pin at slot 3: one mandatory meeting at slot 2 closes the gap.
    close = replace(pinned, pinned=SlotRef(day="d1", slot=3))
    assert_bound(problem(fixed=(("d1", 1),), meetings=(close, *with_x(1))), 0)


@pytest.mark.parametrize(("pin", "expected", "solved_breaks"), [(2, 0, 0), (5, 1, 2)])
def test_an_optional_pinned_meeting_may_fill_only_its_own_slot(pin, expected, solved_breaks):
    # Not forced: the solver may leave an optional pinned meeting out (check then objects,
    # so the agenda is judged with the default tiers, where its value gets it placed).
    pinned = Meeting(id="pin", participants=("a", "y"), pinned=SlotRef(day="d1", slot=pin))
    p = problem(fixed=(("d1", 1), ("d1", 3)), meetings=(pinned,))
    assert breaks_lower_bound(p, Config()).total == expected
    _result, report = solved(p)
    assert report.terms.breaks_total == solved_breaks


@pytest.mark.parametrize(
    ("fixed", "optional", "expected"),
    [((2, 4), 1, 0), ((2, 5), 1, 1), ((2, 5), 2, 0), ((2, 5), 0, 1)],
)
def test_optional_meetings_may_fill_a_gap_up_to_their_duration(fixed, optional, expected):
    p = problem(fixed=tuple(("d1", s) for s in fixed), meetings=with_x(optional, mandatory=False))
    assert_bound(p, expected)


def test_a_group_session_seat_may_fill_a_gap():
    seat = GroupSession(id="g", host="y", seats=2, duration=2, interested=(Interest(delegation="a"),))
    assert_bound(problem(fixed=(("d1", 1), ("d1", 4)), groups=(seat,)), 0)
    # Slots 3 and 4 lie in two sessions: no two-slot session fits there.
    assert_bound(problem(fixed=(("d1", 2), ("d1", 5)), groups=(seat,)), 1)


@pytest.mark.parametrize(("tracks", "expected"), [(1, 1), (2, 0)])
def test_two_tracks_need_fewer_busy_slots(tracks, expected):
    p = problem(days=(day(slots=5, morning=5),), forbidden=(2,), meetings=with_x(4), tracks=tracks)
    assert_bound(p, expected)


@pytest.mark.parametrize(("meetings", "expected"), [(2, 1), (3, 0)])
def test_two_tracks_still_need_one_meeting_per_busy_slot(meetings, expected):
    p = problem(fixed=(("d1", 0), ("d1", 4)), meetings=with_x(meetings), tracks=2)
    assert_bound(p, expected)


@pytest.mark.parametrize(("duration", "expected"), [(1, 1), (2, 0)])
def test_a_two_slot_meeting_fills_a_two_slot_gap(duration, expected):
    p = problem(fixed=(("d1", 1), ("d1", 4)), meetings=with_x(1, duration=duration))
    assert_bound(p, expected)


@pytest.mark.parametrize(("window", "expected"), [(None, 0), (Window(day="d1", start=5, end=8), 1)])
def test_availability_windows_of_the_partner(window, expected):
    windows = {"x0": window} if window is not None else None
    assert_bound(problem(fixed=(("d1", 1),), meetings=with_x(1), windows=windows), expected)


@pytest.mark.parametrize(("meetings", "expected"), [(0, 2), (1, 2), (2, 1), (4, 0)])
def test_two_days_take_their_units_where_they_close_most_gaps(meetings, expected):
    days = (day("d1", slots=4, morning=4), day("d2", slots=4, morning=4))
    fixed = (("d1", 0), ("d1", 3), ("d2", 0), ("d2", 3))
    assert_bound(problem(days=days, fixed=fixed, meetings=with_x(meetings)), expected)


def test_session_restricted_meetings_are_counted_per_session():
    restricted = (*with_x(1, session="morning"), *with_x(1, session="afternoon", first=1))
    assert_bound(problem(fixed=(("d1", 0), ("d1", 2)), meetings=restricted), 1)
    assert_bound(problem(fixed=(("d1", 0), ("d1", 2)), meetings=with_x(2)), 0)


def test_a_mandatory_meeting_without_any_option_is_left_out():
    # x0 is only there at slot 1, where a has its plenary: no agenda is feasible, and the
    # bound counts the rest (the plenaries at 1 and 6).
    windows = {"x0": Window(day="d1", start=1, end=2)}
    p = problem(fixed=(("d1", 1), ("d1", 6)), meetings=with_x(1), windows=windows)
    assert breaks_lower_bound(p, Config()).per_participant == {"a": 1}


def test_repair_changes_nothing():
    p = problem(fixed=(("d1", 2), ("d1", 6)), meetings=with_x(1))
    previous = replace(p, previous=(PreviousPlacement(id="m0", day="d1", start=7),))
    assert breaks_lower_bound(previous, Config()) == breaks_lower_bound(p, Config())


# Stars: one delegation, each counterpart in one meeting, one-slot meetings, free counterparts.
# There the relaxation loses nothing, so the bound is the least breaks exactly.
@st.composite
def stars(draw: st.DrawFn) -> tuple[Problem, str]:
    two_days = draw(st.booleans())
    days = (day("d1", slots=6, morning=3), *((day("d2", slots=6, morning=3),) if two_days else ()))
    slots = [(d.id, s) for d in days for s in range(d.slots)]
    fixed = tuple(draw(st.lists(st.sampled_from(slots), max_size=3, unique=True)))
    sessions = st.sampled_from(["any", "any", "morning", "afternoon"])
    mandatory = tuple(
        Meeting(id=f"m{i}", participants=("a", f"x{i}"), mandatory=True, session=r)
        for i, r in enumerate(draw(st.lists(sessions, max_size=4)))
    )
    optional = with_x(draw(st.integers(0, 2)), mandatory=False, first=len(mandatory))
    p = problem(
        days=days,
        fixed=fixed,
        meetings=(*mandatory, *optional),
        tracks=draw(st.sampled_from([1, 1, 2])),
        forbidden=tuple(draw(st.lists(st.integers(0, 5), max_size=2, unique=True))),
    )
    return p, draw(st.sampled_from(["per_day", "per_session"]))


@QUICK
@given(star=stars())
def test_on_stars_the_bound_is_the_least_breaks(star):
    p, per = star
    config = least_breaks_config(breaks=per)
    best = least_breaks(p, config)
    assume(best is not None)
    assert breaks_lower_bound(p, config).total == best


def b2b(seed: int, businesses: int, meetings: int, days: int) -> Problem:
    """A small B2B problem of 8 slots, or spread over two days (then without session
    restrictions, which the spreading does not carry over)."""
    spec = B2BSpec(businesses, meetings, 8, 3, restricted_share=0.0 if days > 1 else 0.3)
    try:
        p = to_problem(generate_b2b(spec, seed=seed))
    except ValueError:  # the generator gives up on some dense draws (6 x 7 in one run): not an example
        reject()
    return spread_over_days(p, days=days) if days > 1 else p


b2b_problems = st.builds(
    b2b,
    seed=st.integers(0, 10_000),
    businesses=st.integers(6, 8),
    meetings=st.integers(6, 12),
    days=st.sampled_from([1, 2]),
)

convoys = st.builds(
    lambda seed, days: generate_convoy(
        ConvoySpec(
            delegations=6,
            counterparts=3,
            legs=1,
            days_per_leg=days,
            slots=8,
            candidates=2,
            mandatory_share=0.6,
            group_sessions_per_leg=1,
            venues_per_leg=2,
        ),
        seed=seed,
    ),
    seed=st.integers(0, 10_000),
    days=st.integers(1, 2),
)


@QUICK
@given(p=b2b_problems, per=st.sampled_from(["per_day", "per_session"]))
def test_b2b_bound_is_at_most_the_solver_breaks_and_the_optimum(p, per):
    config = Config(time_limit=5.0, breaks=per)
    result = solve(p, config)
    assume(result.status in FEASIBLE)
    report = check(p, result, config=config)
    assert report.violations == ()
    bound = breaks_lower_bound(p, config)
    # Every meeting is mandatory, so an optimal agenda's breaks are the least possible.
    assert bound.total <= report.terms.breaks_total
    for who, n in bound.per_participant.items():
        assert n <= report.terms.breaks.get(who, 0)


@QUICK
@given(p=convoys, per=st.sampled_from(["per_day", "per_session"]))
def test_convoy_bound_is_at_most_the_breaks_of_any_feasible_agenda(p, per):
    config = Config(time_limit=5.0, breaks=per)
    bound = breaks_lower_bound(p, config)
    result = solve(p, config)
    assume(result.status in FEASIBLE)
    report = check(p, result, config=config)
    assert report.violations == ()
    assert bound.total <= report.terms.breaks_total
    best = least_breaks(p, least_breaks_config(breaks=per))
    if best is not None:
        assert bound.total <= best


@pytest.mark.parametrize("name", sorted(OPTIMA))
def test_saved_b2b_instances_bound_at_most_their_optimum(name):
    instance = read_dzn((INSTANCES / f"{name}.dzn").read_text(), name=name)
    bound = breaks_lower_bound(to_problem(instance), b2b_config(fairness=OPTIMA[name]["fairness"]))
    # Tight on all three today (the optimum is proven with a fairness bound the relaxation ignores).
    assert 0 < bound.total <= OPTIMA[name]["breaks"]


def test_brokerage_bound_is_positive_and_at_most_the_greedy_breaks():
    p = brokerage(seed=1)
    config = Config()
    bound = breaks_lower_bound(p, config)
    report = check(p, greedy(p), config=config)
    assert set(report.kinds()) <= {"mandatory_missing", "pinned_missing"}
    assert 7 <= bound.total <= report.terms.breaks_total
