"""Tier 4 (changes): the model and the checker count the same meetings and seats not kept."""

from __future__ import annotations

from dataclasses import replace

from convoy.planning.problem import GroupSession, Interest, PreviousPlacement, SlotRef
from convoy.planning.repair import REPAIR_ORDER

from ..factory import pair_problem, solved

# y hosts one seat; b's seat is worth more than a's, and a held it in the published agenda.
SEAT = GroupSession(
    id="g", host="y", seats=1, interested=(Interest(delegation="a"), Interest(delegation="b", weight=5))
)
PUBLISHED = (PreviousPlacement(id="g", day="d1", start=0, seated=("a",)),)


def changes_of(result):
    return next(o.value for o in result.objective if o.name == "changes")


def seating(result):
    return {p.id: (p.start, p.participants) for p in result.placements}


def test_a_lost_seat_is_a_change_even_when_the_session_stays_put():
    problem = replace(pair_problem(meetings=()), group_sessions=(SEAT,), previous=PUBLISHED)
    result, report = solved(problem, tier_order=REPAIR_ORDER)
    assert seating(result) == {"g": (0, ("y", "a"))}  # b's larger value does not buy a's seat
    assert changes_of(result) == report.terms.changes == 0


def test_when_a_cannot_keep_its_seat_one_change_is_counted_either_way():
    problem = replace(pair_problem(meetings=()), group_sessions=(SEAT,), previous=PUBLISHED)
    delegations = tuple(
        replace(d, forbidden=(SlotRef(day="d1", slot=0),)) if d.id == "a" else d for d in problem.delegations
    )
    result, report = solved(replace(problem, delegations=delegations), tier_order=REPAIR_ORDER)
    # a's seat is lost wherever the session goes; then b's value decides who sits
    assert [who for _start, who in seating(result).values()] == [("y", "b")]
    assert changes_of(result) == report.terms.changes == 1


def test_moving_a_session_costs_each_seat_it_had():
    both = replace(SEAT, seats=2)
    problem = replace(
        pair_problem(meetings=()),
        group_sessions=(both,),
        previous=(PreviousPlacement(id="g", day="d1", start=0, seated=("a", "b")),),
    )
    counterparts = tuple(
        replace(c, forbidden=(SlotRef(day="d1", slot=0),)) if c.id == "y" else c for c in problem.counterparts
    )
    result, report = solved(replace(problem, counterparts=counterparts), tier_order=REPAIR_ORDER)
    [(start, who)] = seating(result).values()
    assert start != 0 and set(who) == {"y", "a", "b"}
    assert changes_of(result) == report.terms.changes == 2
