from __future__ import annotations

import pytest

from convoy.planning.check import check
from convoy.planning.config import Config
from convoy.planning.generate_convoy import ConvoySpec, generate_convoy
from convoy.planning.problem import Delegation, Meeting
from convoy.planning.repair import CounterpartCancels, DelegationAdded, SlotRemoved, repair
from convoy.planning.solve import solve

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
