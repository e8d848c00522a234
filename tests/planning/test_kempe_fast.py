"""The Kempe annealing on integer ids (``kempe_fast.py``): the same moves as ``kempe.py``,
the same rules kept, the breaks it tracks are the checker's, and its aimed moves mend a
participant with breaks."""

from __future__ import annotations

import random
import threading
from dataclasses import replace

import numpy as np
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from convoy.planning import kempe_kernel
from convoy.planning.check import check
from convoy.planning.check_terms import breaks_by_participant
from convoy.planning.config import Config
from convoy.planning.generate import brokerage
from convoy.planning.kempe import KempeSearch, first_agenda
from convoy.planning.kempe_fast import FastKempe, anneal_copies
from convoy.planning.lower_bound import breaks_lower_bound
from convoy.planning.own_layout import movable_of, own_layout
from convoy.planning.problem import (
    Counterpart,
    Day,
    Delegation,
    FixedActivity,
    Leg,
    Meeting,
    Problem,
    Session,
    SlotRef,
    Venue,
)
from convoy.planning.result import fixed_placements
from convoy.planning.sequence import ProgressEvent

from .test_kempe import _at, _stuck, _with_pause


def _fast(problem: Problem, start: list, config: Config | None = None) -> FastKempe:
    return FastKempe(KempeSearch(problem, start, config or Config()))


def _told(problem: Problem, start: list) -> FastKempe:
    """``_fast``, the search told each participant's own least (``lower_bound.py``), as
    ``solve_by_kempe`` tells it."""
    own = breaks_lower_bound(problem, Config()).per_participant
    return FastKempe(KempeSearch(problem, start, Config(), own=own))


def _instance(seed: int, *, days: int, tables: int = 6) -> Problem:
    """A small brokerage event (``_b2b``'s sizes, no precedences: with them the sweep does not
    apply, and ``first_agenda`` gave None for 96 of 104 seeds of ``_b2b``, so the properties
    below went untested); a seed the generator cannot build (it gives up on some dense draws)
    is not an example."""
    try:
        return brokerage(seed=seed, businesses=16, meetings=40, days=days, slots=8, tables=tables)
    except ValueError:
        reject()


def _slots(search: FastKempe) -> dict[str, int]:
    return {m: int(search.at[i]) for i, m in enumerate(search.names)}


def test_one_kempe_move_exchanges_a_whole_chain():
    problem, start = _stuck()
    search = _fast(problem, start)
    assert search.breaks == 1
    before = _slots(search)
    assert search.try_move(search.names.index("HL"), 1, heat=0.0)
    assert _slots(search) == {**before, "HL": 1, "HY": 0, "YW": 1}  # the chain, and nothing else
    report = check(problem, search.placements(search.at))
    assert report.violations == ()
    assert report.terms.breaks_total == search.breaks == 0


def test_a_worse_move_is_refused_when_cold():
    problem, start = _stuck()
    search = _fast(problem, start)
    before = _slots(search)
    worse = [
        (i, t)
        for i in search.mobile
        for t in search.choices[i]
        if (delta := search.evaluate(i, t)) is not None and delta > 0
    ]
    assert worse
    for i, t in worse:
        assert not search.try_move(i, t, heat=0.0)
    assert _slots(search) == before
    assert search.breaks == 1


def test_annealing_finds_it_and_keeps_the_best():
    problem, start = _stuck()
    search = _fast(problem, start)
    after = search.run(0.5)
    assert check(problem, after).violations == ()
    assert search.best == check(problem, after).terms.breaks_total == 0


def test_aimed_moves_alone_mend_the_break():
    problem, start = _stuck()
    search = _fast(problem, start)
    assert search.bad  # L has two runs on the day
    for _ in range(200):
        search.aimed(heat=0.0)
        if search.breaks == 0:
            break
    assert search.breaks == 0
    assert check(problem, search.placements(search.at)).terms.breaks_total == 0


def test_pinned_meetings_and_fixed_time_stop_a_chain():
    problem, start = _stuck()
    pinned = replace(
        problem,
        meetings=tuple(replace(m, pinned=SlotRef("d1", 1)) if m.id == "HY" else m for m in problem.meetings),
    )
    search = _fast(pinned, start)
    assert not search.try_move(search.names.index("HL"), 1, heat=0.0)  # the chain holds the pinned HY
    after = search.run(0.3)
    assert check(pinned, after).violations == ()
    assert {p.id: p.start for p in after}["HY"] == 1
    # W attends a reception at slot 1: the chain H-L, H-Y, Y-W cannot bring YW there
    fixed = replace(problem, fixed=(FixedActivity(id="r", name="R", day="d1", start=1, duration=1, attendees=("W",)),))
    start = fixed_placements(fixed) + start
    search = _fast(fixed, start)
    assert not search.try_move(search.names.index("HL"), 1, heat=0.0)
    after = search.run(0.3)
    report = check(fixed, after)
    assert report.violations == ()
    assert report.terms.breaks_total == search.best


def test_tables_and_meetings_per_day_are_kept():
    days = tuple(Day(id=f"d{k}", date=f"2026-02-2{k}", slots=4) for k in (1, 2))
    problem = Problem(
        legs=(Leg(id="la", name="LA", days=days),),
        venues=(Venue(id="hall", name="Hall", leg="la", tables=1),),
        delegations=tuple(Delegation(id=f"a{i}", name=f"A{i}") for i in range(4)),
        counterparts=(Counterpart(id="c", name="C", leg="la", venue="hall", max_per_day=2),),
        meetings=tuple(Meeting(id=f"m{i}", participants=(f"a{i}", "c"), mandatory=True) for i in range(4)),
    )
    start = [
        _at(problem.meetings[0], 0, "d1", "hall"),
        _at(problem.meetings[1], 3, "d1", "hall"),
        _at(problem.meetings[2], 0, "d2", "hall"),
        _at(problem.meetings[3], 3, "d2", "hall"),
    ]
    config = Config()
    search = _fast(problem, start, config)
    assert search.breaks == 2
    after = search.run(0.5)
    report = check(problem, after, config=config)
    assert report.violations == ()
    assert report.terms.breaks_total == search.best == 0
    assert sorted(p.day for p in after) == ["d1", "d1", "d2", "d2"]  # two a day, no more


def test_an_annealing_at_its_floor_stops_the_copies_beside_it():
    """Copies anneal at once (``anneal_copies``) and share a stop: the one that reaches the
    floor (here 0 breaks) sets it, and a copy told to stop makes no more moves."""
    problem = _pairs(2, {}, ("AB", "AC", "AD"))
    ab, ac, ad = problem.meetings
    start = [_at(ab, 0, "d1"), _at(ac, 2, "d1"), _at(ad, 0, "d2")]
    stop = threading.Event()
    first = _fast(problem, start)
    assert first.breaks == 1
    first.run(30.0, stop=stop)
    assert first.best == 0 and stop.is_set()
    second = _fast(problem, start)
    second.run(30.0, stop=stop)
    assert second.moves == 0 and second.best == 1


def _one_table(slots: int, *, pin_ab: bool = False) -> Problem:
    """One day of ``slots`` slots and a hall with one table: A must meet B (AB, pinned at
    slot 0 when ``pin_ab``) and C (AC), E must meet F (EF)."""
    return Problem(
        legs=(Leg(id="la", name="LA", days=(Day(id="d1", date="2026-02-27", slots=slots),)),),
        venues=(Venue(id="hall", name="Hall", leg="la", tables=1),),
        delegations=tuple(Delegation(id=w, name=w) for w in "ABCEF"),
        meetings=(
            Meeting(
                id="AB",
                participants=("A", "B"),
                mandatory=True,
                venue="hall",
                pinned=SlotRef("d1", 0) if pin_ab else None,
            ),
            Meeting(id="AC", participants=("A", "C"), mandatory=True, venue="hall"),
            Meeting(id="EF", participants=("E", "F"), mandatory=True, venue="hall"),
        ),
    )


def test_a_full_table_stops_a_move_into_its_slot():
    problem = _one_table(3)
    ab, ac, ef = problem.meetings
    start = [_at(ab, 0, venue="hall"), _at(ac, 2, venue="hall"), _at(ef, 1, venue="hall")]  # A has a break
    search = _fast(problem, start)
    assert search.breaks == 1
    assert search.evaluate(search.names.index("AC"), 1) is None  # EF holds the only table at slot 1
    assert search.evaluate(search.names.index("AB"), 1) is None
    # without the table limit the same move mends A's break
    free = replace(problem, venues=(Venue(id="hall", name="Hall", leg="la", tables=None),))
    search = _fast(free, start)
    assert search.evaluate(search.names.index("AC"), 1) == -1


def _a_meets_b_and_c(day: Day) -> Problem:
    """One day: delegation A must meet B (AB) and C (AC)."""
    return Problem(
        legs=(Leg(id="la", name="LA", days=(day,)),),
        delegations=tuple(Delegation(id=w, name=w) for w in "ABC"),
        meetings=(
            Meeting(id="AB", participants=("A", "B"), mandatory=True),
            Meeting(id="AC", participants=("A", "C"), mandatory=True),
        ),
    )


def test_breaks_per_session_count_each_session():
    sessions = (Session(name="morning", start=0, end=2), Session(name="afternoon", start=2, end=4))
    problem = _a_meets_b_and_c(Day(id="d1", date="2026-02-27", slots=4, sessions=sessions))
    ab, ac = problem.meetings
    start = [_at(ab, 0), _at(ac, 3)]
    for per, breaks in (("per_day", 1), ("per_session", 0)):
        config = Config(breaks=per)
        search = _fast(problem, start, config)
        assert search.breaks == breaks == check(problem, start, config=config).terms.breaks_total


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000),
    days=st.sampled_from([1, 2]),
    per=st.sampled_from(["per_day", "per_session"]),
    pause=st.sampled_from([None, 2, 3]),
)
def test_every_agenda_it_returns_is_valid_and_no_worse(seed, days, per, pause):
    problem = _with_pause(_instance(seed, days=days), pause)
    config = Config(breaks=per, seed=seed)
    start = first_agenda(problem, config)
    if start is None:
        return  # the sweep could not seat everything: the solver then takes another route
    before = check(problem, start, config=config)
    assert before.violations == ()
    search = _fast(problem, start, config)
    assert search.breaks == before.terms.breaks_total
    after = search.run(0.3)
    report = check(problem, after, config=config)
    assert report.violations == ()
    assert report.terms.breaks_total == search.best <= before.terms.breaks_total
    assert report.terms.breaks_total >= breaks_lower_bound(problem, config).total
    pinned = {m.id: (m.pinned.day, m.pinned.slot) for m in problem.meetings if m.pinned is not None}
    assert all((p.day, p.start) == pinned[p.id] for p in after if p.id in pinned)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000),
    moves=st.integers(50, 400),
    pause=st.sampled_from([None, 3]),
    tables=st.sampled_from([3, 6]),
)
def test_tracked_state_stays_the_checkers_after_any_moves(seed, moves, pause, tables):
    """Hot random and aimed moves, then every counter is rebuilt from scratch and compared
    (with a pause in each day, the slots around it adjacent; with 3 tables for 40 meetings in
    16 slots, many moves are stopped by a full slot)."""
    problem = _with_pause(_instance(seed, days=2, tables=tables), pause)
    config = Config(seed=seed)
    start = first_agenda(problem, config)
    if start is None:
        return
    search = _fast(problem, start, config)
    rng = random.Random(seed)
    for k in range(moves):
        if k % 2:
            search.aimed(heat=2.0)
        else:
            m = rng.choice(search.mobile)
            search.try_move(m, rng.choice(search.choices[m]), heat=2.0)
    placed = search.placements(search.at)
    report = check(problem, placed, config=config)
    assert report.violations == ()
    assert report.terms.breaks_total == search.breaks
    fresh = _fast(problem, placed, config)
    for name in ("at", "runs", "busy", "used", "per_day", "words"):
        assert np.array_equal(getattr(fresh.s, name), getattr(search.s, name)), name
    assert fresh.bad == search.bad
    assert fresh.breaks == search.breaks


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000),
    days=st.sampled_from([1, 2]),
    per=st.sampled_from(["per_day", "per_session"]),
    pause=st.sampled_from([None, 3]),
    tables=st.sampled_from([3, 6]),
)
def test_the_words_and_the_scan_make_the_same_moves(seed, days, per, pause, tables):
    """Aimed moves read a group's slots as the bits of a word where they fit, and scan the
    slots where they do not: from the same state and random numbers, both make the same
    moves, step for step."""
    problem = _with_pause(_instance(seed, days=days, tables=tables), pause)
    config = Config(breaks=per, seed=seed)
    start = first_agenda(problem, config)
    if start is None:
        return
    words, scan = _fast(problem, start, config), _fast(problem, start, config)
    assert kempe_kernel.in_words(words.s)
    scan.s = scan.s._replace(words=np.zeros((len(scan.people), 0), dtype=np.uint64))  # the aimed moves scan
    assert not kempe_kernel.in_words(scan.s)
    knobs = kempe_kernel.Knobs(heat=1.0, share=0.9, elsewhere=True, floor=-1)
    for _ in range(5):
        kempe_kernel.anneal(words.s, 200, knobs)
        kempe_kernel.anneal(scan.s, 200, knobs)
        assert np.array_equal(words.at, scan.at)
        assert words.stats == scan.stats
    assert words.stats["accepted"] > 0 or words.breaks == 0


def test_a_day_longer_than_a_word_is_scanned():
    """A group of more than 64 slots does not fit a word: the aimed moves scan it, and still
    mend a break."""
    problem = _a_meets_b_and_c(Day(id="d1", date="2026-02-27", slots=70))
    ab, ac = problem.meetings
    search = _fast(problem, [_at(ab, 10), _at(ac, 60)])
    assert not kempe_kernel.in_words(search.s)
    assert search.breaks == 1
    for _ in range(200):
        search.aimed(heat=0.0)
    assert search.breaks == 0


@given(x=st.integers(0, 2**64 - 1), r=st.integers(0, 63))
def test_bit_counts_and_places(x, r):
    word = np.uint64(x)
    assert kempe_kernel.count(word) == bin(x).count("1")
    places = [i for i in range(64) if x >> i & 1]
    if r < len(places):
        assert kempe_kernel.nth(word, r) == places[r]


def _mended_by_aimed_moves(problem: Problem, start: list) -> list:
    """From an agenda with one break, cold aimed moves alone reach none: the agenda, checked."""
    search = _fast(problem, start)
    assert search.breaks == 1
    for _ in range(200):
        search.aimed(heat=0.0)
        if search.breaks == 0:
            break
    after = search.placements(search.at)
    report = check(problem, after)
    assert report.violations == ()
    assert report.terms.breaks_total == search.breaks == 0
    return after


def test_aimed_moves_send_a_run_to_an_empty_day():
    """A meets B at slot 0 and C at slot 3 of day 1 and is forbidden slots 1 and 2 there:
    the break can only go by moving a meeting to day 2, where A has nothing."""
    days = tuple(Day(id=f"d{k}", date=f"2026-02-2{k}", slots=4) for k in (1, 2))
    forbidden = (SlotRef("d1", 1), SlotRef("d1", 2))
    problem = Problem(
        legs=(Leg(id="la", name="LA", days=days),),
        delegations=(
            Delegation(id="A", name="A", forbidden=forbidden),
            Delegation(id="B", name="B"),
            Delegation(id="C", name="C"),
        ),
        meetings=(
            Meeting(id="AB", participants=("A", "B"), mandatory=True),
            Meeting(id="AC", participants=("A", "C"), mandatory=True),
        ),
    )
    ab, ac = problem.meetings
    start = [_at(ab, 0, "d1"), _at(ac, 3, "d1")]
    after = _mended_by_aimed_moves(problem, start)
    assert {p.day for p in after} == {"d1", "d2"}


def _pairs(days: int, pinned: dict[str, int], free: tuple[str, ...]) -> Problem:
    """``days`` days of 4 slots and mandatory meetings named by their two one-letter
    participants: those of ``pinned`` at that slot of day 1, then those of ``free``."""
    names = [*pinned, *free]
    return Problem(
        legs=(
            Leg(
                id="la",
                name="LA",
                days=tuple(Day(id=f"d{k}", date=f"2026-02-2{k}", slots=4) for k in range(1, days + 1)),
            ),
        ),
        delegations=tuple(Delegation(id=w, name=w) for w in sorted({w for m in names for w in m})),
        meetings=tuple(
            Meeting(
                id=m,
                participants=(m[0], m[1]),
                mandatory=True,
                pinned=SlotRef("d1", pinned[m]) if m in pinned else None,
            )
            for m in names
        ),
    )


def test_aimed_moves_bring_a_meeting_into_the_gap_between_pins():
    """A's meetings with B and C are pinned at slots 0 and 2 of day 1, its meeting with D is
    on day 2: the break between the pins only goes when AD comes into slot 1.  No aimed move
    could take it there before they also brought meetings in from other days (the edges of
    A's runs on day 1 are pinned, and day 2 has no break to draw A from)."""
    problem = _pairs(2, {"AB": 0, "AC": 2}, ("AD",))
    ab, ac, ad = problem.meetings
    start = [_at(ab, 0, "d1"), _at(ac, 2, "d1"), _at(ad, 0, "d2")]
    after = _mended_by_aimed_moves(problem, start)
    assert {(p.id, p.day, p.start) for p in after} == {("AB", "d1", 0), ("AC", "d1", 2), ("AD", "d1", 1)}


def test_aimed_moves_draw_the_breaks_that_can_go():
    """A's break lies between two pinned meetings, so it is A's own least (the bound says
    1); E's lies between two that can move (its own least is 0).  Told each one's least, the
    aimed moves draw E nearly every time; told nothing, each as often."""
    problem = _pairs(1, {"AB": 0, "AC": 2}, ("EF", "EG"))
    ab, ac, ef, eg = problem.meetings
    start = [_at(ab, 0), _at(ac, 2), _at(ef, 0), _at(eg, 2)]
    own = breaks_lower_bound(problem, Config()).per_participant
    assert own == {"A": 1}

    def share_of_a(told: dict[str, int]) -> float:
        search = FastKempe(KempeSearch(problem, start, Config(), own=told))
        assert search.breaks == 2
        drawn = [search.people[kempe_kernel.drawn(search.s)] for _ in range(4000)]  # one group: key = participant
        assert set(drawn) == {"A", "E"}
        return drawn.count("A") / len(drawn)

    assert share_of_a(own) < 0.2
    assert 0.4 < share_of_a({}) < 0.6


def _between_pins() -> tuple[Problem, FastKempe]:
    """A's meetings with B and C are pinned at slots 0 and 3 of day 1; its meetings with D
    and E sit on day 2, apart (slots 0 and 3): two breaks, where its own least is none.  The
    search is told each participant's own least."""
    problem = _pairs(2, {"AB": 0, "AC": 3}, ("AD", "AE"))
    ab, ac, ad, ae = problem.meetings
    start = [_at(ab, 0, "d1"), _at(ac, 3, "d1"), _at(ad, 0, "d2"), _at(ae, 3, "d2")]
    return problem, _told(problem, start)


def test_own_layout_puts_a_participant_where_it_alone_has_the_fewest_breaks():
    _problem, search = _between_pins()
    assert search.breaks == 2
    found = own_layout(search.s, search.people.index("A"))
    assert found is not None
    layout, least = found
    assert least == 0
    assert {search.names[m] for m in layout} == {"AD", "AE"}
    assert sorted(layout.values()) == [1, 2]  # between the pins, in either order


def _layout_breaks(problem: Problem, search: FastKempe, w: int, layout: dict[int, int]) -> int:
    """w's breaks with its movable meetings where ``layout`` puts them, counted as the checker does."""
    slots = _slots(search)
    slots.update({search.names[m]: t for m, t in layout.items()})
    placed = search.base.placements(slots)
    return breaks_by_participant(problem=problem, placements=placed, per=Config().breaks).get(search.people[w], 0)


def test_own_layout_fills_a_day_with_like_meetings():
    """A has two meetings pinned at slots 3 and 12 of day 1 and 22 that may go anywhere: 6 on
    day 1 (slots 0-1 and 5-8: three breaks) and 16 filling day 2.  With no break, slots 4-11
    must be filled: the four at 5-8 stay and four come from slots 0-1 and the ends of day 2,
    the fewest moved.  Like meetings are one class of the model, so it is found at once
    (one variable per meeting and slot left CP-SAT to try their orders, on brokerage
    events 10-60 s for a participant with 21-45 meetings)."""
    partners = [f"P{i}" for i in range(24)]
    days = tuple(Day(id=f"d{k}", date=f"2026-02-2{k}", slots=16) for k in (1, 2))
    pins = {0: 3, 1: 12}
    meetings = tuple(
        Meeting(
            id=f"A{p}",
            participants=("A", p),
            mandatory=True,
            pinned=SlotRef("d1", pins[i]) if i in pins else None,
        )
        for i, p in enumerate(partners)
    )
    problem = Problem(
        legs=(Leg(id="la", name="LA", days=days),),
        delegations=tuple(Delegation(id=w, name=w) for w in ["A", *partners]),
        meetings=meetings,
    )
    slots = [3, 12, 0, 1, 5, 6, 7, 8, *range(16, 32)]
    start = [_at(m, t % 16, f"d{1 + t // 16}") for m, t in zip(meetings, slots, strict=True)]
    search = _told(problem, start)
    a = search.people.index("A")
    assert search.breaks_of(a) == 3
    found = own_layout(search.s, a)
    assert found is not None
    layout, least = found
    assert least == 0 == _layout_breaks(problem, search, a, layout)
    assert {t for t in layout.values() if t < 16} == set(range(4, 12))
    assert sum(1 for m, t in layout.items() if search.at[m] != t) == 4


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(1, 10_000))
def test_own_layout_is_valid_and_between_the_bound_and_the_agenda(seed: int):
    """On small brokerage events (forbidden slots, sessions, pinned meetings), every
    participant's layout puts each movable meeting in one of its allowed slots, no two in
    one slot nor on a held one, with the breaks it reports, at least its own least and at
    most what it has in the agenda (a layout too)."""
    problem = brokerage(seed=seed, businesses=30, meetings=90, days=2, slots=8, tables=10)
    config = Config()
    start = first_agenda(problem, config)
    if start is None:
        reject()
    search = _told(problem, start)
    s = search.s
    for w in range(len(search.people)):
        found = own_layout(s, w)
        assert found is not None
        layout, least = found
        mine = set(movable_of(s, w))
        assert set(layout) == mine
        assert len(set(layout.values())) == len(layout)
        for m, t in layout.items():
            assert s.allowed[m, t]
            assert s.busy[w, t] == kempe_kernel.FREE or s.busy[w, t] in mine
        assert least == _layout_breaks(problem, search, w, layout)
        assert s.own[w] <= least <= search.breaks_of(w)


def test_a_kick_takes_a_participant_to_its_layout_and_holds_it_there():
    problem, search = _between_pins()
    assert search.over_least() == [search.people.index("A")]
    held = search.kick()
    assert sorted(search.names[m] for m in held) == ["AD", "AE"]
    assert search.breaks == 0 and search.kicks == 1
    for m in held:  # held as if pinned: no move takes them away
        assert all(search.evaluate(m, t) is None for t in search.choices[m] if t != search.at[m])
    report = check(problem, search.placements(search.at))
    assert report.violations == () and report.terms.breaks_total == 0
    search.release(held)
    assert all(search.s.movable[m] for m in held)


def test_a_kick_makes_room_at_a_full_table():
    """A's meeting with B is pinned at slot 0 and its meeting with C is at slot 2: one break,
    which goes only with AC at slot 1, where EF holds the hall's only table.  No Kempe move
    of AC gets there (its chain is AC alone, and the slot is full); the kick first moves EF
    out (to slot 3, the only slot with a free table), then AC in."""
    problem = _one_table(4, pin_ab=True)
    ab, ac, ef = problem.meetings
    start = [_at(ab, 0, venue="hall"), _at(ac, 2, venue="hall"), _at(ef, 1, venue="hall")]
    search = _told(problem, start)
    assert search.breaks == 1 and search.evaluate(search.names.index("AC"), 1) is None
    held = search.kick(search.people.index("A"))
    assert [search.names[m] for m in held] == ["AC"]
    assert _slots(search) == {"AB": 0, "AC": 1, "EF": 3}
    report = check(problem, search.placements(search.at))
    assert report.violations == () and report.terms.breaks_total == search.breaks == 0


def test_a_per_day_cap_stops_a_move_to_a_full_day():
    """C may hold two meetings a day and has two on day 1: its day-2 meeting cannot join them,
    though the move would cost nothing; without the cap it may."""
    days = tuple(Day(id=f"d{k}", date=f"2026-02-2{k}", slots=3) for k in (1, 2))
    problem = Problem(
        legs=(Leg(id="la", name="LA", days=days),),
        delegations=tuple(Delegation(id=f"a{i}", name=f"A{i}") for i in range(3)),
        counterparts=(Counterpart(id="c", name="C", leg="la", max_per_day=2),),
        meetings=tuple(Meeting(id=f"m{i}", participants=(f"a{i}", "c"), mandatory=True) for i in range(3)),
    )
    m0, m1, m2 = problem.meetings
    start = [_at(m0, 0, "d1"), _at(m1, 1, "d1"), _at(m2, 0, "d2")]
    search = _fast(problem, start)
    assert search.breaks == 0
    assert search.evaluate(search.names.index("m2"), 2) is None  # slot 2 of day 1
    assert search.evaluate(search.names.index("m2"), 4) == 0  # within day 2
    uncapped = replace(problem, counterparts=(Counterpart(id="c", name="C", leg="la"),))
    search = _fast(uncapped, start)
    assert search.evaluate(search.names.index("m2"), 2) == 0
    assert search.try_move(search.names.index("m2"), 2, heat=0.0)
    report = check(uncapped, search.placements(search.at))
    assert report.violations == ()
    assert report.terms.breaks_total == search.breaks == 0


def test_a_pause_joins_the_slots_around_it():
    """A meets B at slot 1 and C at slot 3, lunch at slot 2: one run, no break.  C's meeting
    at slot 4 would make one; at slot 0 it joins the run from the other side."""
    problem = _a_meets_b_and_c(Day(id="d1", date="2026-02-27", slots=5, breaks=(2,)))
    ab, ac = problem.meetings
    search = _fast(problem, [_at(ab, 1), _at(ac, 3)])
    assert search.breaks == 0 == check(problem, [_at(ab, 1), _at(ac, 3)]).terms.breaks_total
    first = search.names.index("AC")
    assert search.evaluate(first, 4) == 1
    assert search.evaluate(first, 0) == 0
    assert search.try_move(first, 4, heat=10.0**9)  # a hot annealing takes the worse move
    report = check(problem, search.placements(search.at))
    assert report.violations == ()
    assert report.terms.breaks_total == search.breaks == 1


def test_copies_anneal_each_with_their_own_numbers_and_the_fewest_breaks_is_kept():
    problem = brokerage(seed=3, businesses=60, meetings=200, days=2, slots=8, tables=14)
    config = Config(seed=3)
    start = first_agenda(problem, config)
    assert start is not None
    base = KempeSearch(problem, start, config)
    assert FastKempe(base).s.rng[0] != FastKempe(base).s.rng[0]  # each copy draws its own seed from base
    told: list[ProgressEvent] = []
    placed, best, copies = anneal_copies(base, 2, 0.3, progress=told.append)
    assert len(copies) == 2 and all(c.moves > 0 for c in copies)
    assert best.best == min(c.best for c in copies)
    assert check(problem, placed, config=config).terms.breaks_total == best.best  # the best copy's agenda
    for c in copies:
        report = check(problem, c.placements(c.s.best_at), config=config)
        assert report.violations == ()
        assert report.terms.breaks_total == c.best
    values = [e.value for e in told]
    assert values == sorted(set(values), reverse=True)  # told only when some copy beats the best told
    assert not values or values[-1] == best.best
