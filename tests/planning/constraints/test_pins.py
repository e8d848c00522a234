"""Pins: a pinned meeting, when placed, is at its pin; only a mandatory one must be placed."""

from __future__ import annotations

from convoy.planning.check import check
from convoy.planning.problem import Meeting, SlotRef

from ..factory import pair_problem, placed, solved
from ..test_check import meet

AT_0 = SlotRef(day="d1", slot=0)
AT_3 = SlotRef(day="d1", slot=3)


def test_an_optional_pinned_meeting_may_be_left_out():
    # ax at its pin would leave a idle in slots 1-2: compactness before value drops it.
    problem = pair_problem(
        meetings=(
            Meeting(id="ay", participants=("a", "y"), mandatory=True, pinned=AT_0),
            Meeting(id="ax", participants=("a", "x"), weight=5, pinned=AT_3),
        )
    )
    result, report = solved(problem, tier_order=("mandatory", "compactness", "value"))
    assert placed(result) == {"ay": ("d1", 0)}
    assert report.ok


def test_a_pinned_meeting_elsewhere_or_a_missing_mandatory_one_is_a_violation():
    problem = pair_problem(
        meetings=(
            Meeting(id="ay", participants=("a", "y"), mandatory=True, pinned=AT_0),
            Meeting(id="ax", participants=("a", "x"), pinned=AT_3),
        )
    )
    assert check(problem, [meet("ay", ("a", "y"), 0), meet("ax", ("a", "x"), 3)]).ok
    assert check(problem, [meet("ay", ("a", "y"), 0), meet("ax", ("a", "x"), 1)]).kinds() == ["pinned_moved"]
    assert check(problem, [meet("ay", ("a", "y"), 1)]).kinds() == ["pinned_moved"]
    assert check(problem, [meet("ax", ("a", "x"), 3)]).kinds() == ["mandatory_missing"]  # reported once
