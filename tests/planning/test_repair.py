from __future__ import annotations

from dataclasses import replace

import pytest

from convoy.planning.check import check
from convoy.planning.config import Config
from convoy.planning.generate_convoy import ConvoySpec, generate_convoy
from convoy.planning.problem import Delegation, Meeting, SlotRef
from convoy.planning.repair import CounterpartCancels, DelegationAdded, SlotRemoved, repair, with_published
from convoy.planning.result import Placement
from convoy.planning.solve import solve

from .factory import one_day, pair_problem, placed

SPEC = ConvoySpec(
    delegations=6,
    counterparts=4,
    legs=1,
    days_per_leg=1,
    slots=8,
    candidates=2,
    group_sessions_per_leg=1,
    venues_per_leg=2,
)
CONFIG = Config(time_limit=3.0)


@pytest.fixture(scope="module")
def published():
    problem = generate_convoy(SPEC, seed=4)
    result = solve(problem, CONFIG)
    assert result.status in ("optimal", "feasible")
    return problem, result


def moved(before, after):
    old = {p.id: (p.day, p.start) for p in before.placements if p.kind != "fixed"}
    new = {p.id: (p.day, p.start) for p in after.placements if p.kind != "fixed"}
    return sorted(i for i in old if i in new and new[i] != old[i])


def test_cancelled_counterpart_disappears_and_the_rest_stays(published):
    problem, before = published
    changed, after = repair(problem, published=before.placements, change=CounterpartCancels("c0"), config=CONFIG)
    assert check(changed, after, config=CONFIG).ok
    assert all("c0" not in p.participants for p in after.placements)
    assert moved(before, after) == []
    assert [o.name for o in after.objective][:2] == ["mandatory", "changes"]


def test_removed_slot_moves_what_was_there_and_counts_changes_exactly(published):
    problem, before = published
    busy = next(p for p in before.placements if p.kind == "meeting")
    change = SlotRemoved(busy.day, busy.start)
    changed, after = repair(problem, published=before.placements, change=change, config=CONFIG)
    report = check(changed, after, config=CONFIG)
    assert report.ok
    here = [
        p
        for p in after.placements
        if p.kind != "fixed" and p.day == busy.day and p.start <= busy.start < p.start + p.duration
    ]
    assert here == []
    changes = next(o for o in after.objective if o.name == "changes")
    assert changes.value == report.terms.changes >= 1


def test_added_delegation_gets_meetings_without_moving_confirmed_ones(published):
    problem, before = published
    confirmed = [p.id for p in before.placements if p.kind == "meeting"]
    new = Delegation(id="new", name="New")
    wanted = (Meeting(id="new-c1", participants=("new", "c1"), weight=5),)
    changed, after = repair(
        problem, published=before.placements, change=DelegationAdded(new, wanted), confirmed=confirmed, config=CONFIG
    )
    assert check(changed, after, config=CONFIG).ok
    assert [m for m in moved(before, after) if m in confirmed] == []


def at(mid, who, start, *, duration=1, day="d1"):
    return Placement(id=mid, kind="meeting", participants=who, day=day, start=start, duration=duration, venue="hall")


def test_a_confirmed_meeting_whose_slot_was_removed_stays_mandatory_and_moves():
    # a has slots 0 and 1; the published ax (weight 1, confirmed) sat at 0, which is removed.
    # ay (weight 10) wants a's last slot too: only the confirmation keeps ax in the agenda.
    problem = pair_problem(
        meetings=(Meeting(id="ax", participants=("a", "x")), Meeting(id="ay", participants=("a", "y"), weight=10)),
        slots=2,
    )
    published = [at("ax", ("a", "x"), 0)]
    changed, after = repair(problem, published=published, change=SlotRemoved("d1", 0), confirmed=["ax"], config=CONFIG)
    ax = next(m for m in changed.meetings if m.id == "ax")
    assert (ax.mandatory, ax.pinned) == (True, None)
    assert check(changed, after, config=CONFIG).ok
    assert placed(after) == {"ax": ("d1", 1)}


def test_with_published_pins_only_where_the_whole_meeting_still_fits():
    problem = pair_problem(
        meetings=(
            Meeting(id="ax", participants=("a", "x")),
            Meeting(id="by", participants=("b", "y"), duration=2),
            Meeting(id="bx", participants=("b", "x"), pinned=SlotRef(day="d1", slot=0)),
            Meeting(id="ay", participants=("a", "y")),
        ),
    )
    problem = replace(problem, legs=(one_day(breaks=(3,)),))
    published = [
        at("ax", ("a", "x"), 1),
        at("by", ("b", "y"), 2, duration=2),
        at("bx", ("b", "x"), 0),
        at("ay", ("a", "y"), 3),
    ]
    kept = {m.id: (m.mandatory, m.pinned) for m in with_published(problem, published, ["ax", "by"]).meetings}
    assert kept == {
        "ax": (True, SlotRef(day="d1", slot=1)),  # confirmed, its slot open: pinned there
        "by": (True, None),  # confirmed, its second slot closed: mandatory, free to move
        "bx": (False, SlotRef(day="d1", slot=0)),  # not confirmed: as it was
        "ay": (False, None),
    }
