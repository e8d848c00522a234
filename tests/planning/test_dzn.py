from __future__ import annotations

import pytest

from convoy.planning.b2b import b2b_config, to_problem
from convoy.planning.check import check
from convoy.planning.dzn import DznError, read_dzn, write_dzn
from convoy.planning.generate import B2BSpec, generate_b2b, hidden_slots, published_spec
from convoy.planning.problem import Precedence, SlotRef
from convoy.planning.result import Placement

TINY = """% three businesses
nBusiness = 3;
nMeetings = 3;
nTables = 1;
nTotalSlots = 4;
nMorningSlots = 2;
requested = array2d(1..3, 1..3, [1,2,1, 2,3,3, 1,3,2]);
meetingsxBusiness = [{1,3}, {1,2}, {2,3}];
nMeetingsBusiness = [2, 2, 2];
forbidden = [{0}, {0,4}, {0}];
fixed = [0, 0, 3];
precedences = [{}, {1}, {}];
"""


def test_reads_the_authors_format():
    instance = read_dzn(TINY, name="tiny")
    assert instance.requested == ((1, 2, 1), (2, 3, 3), (1, 3, 2))
    assert instance.forbidden == (frozenset(), frozenset({4}), frozenset())
    problem = to_problem(instance)
    assert [m.session for m in problem.meetings] == ["morning", "any", "afternoon"]
    assert problem.meetings[2].pinned == SlotRef(day="day", slot=2)
    assert problem.delegations[1].forbidden == (SlotRef(day="day", slot=3),)
    assert problem.precedences == (Precedence(before="m1", after="m2"),)
    assert problem.venues[0].tables == 1


def test_accepts_meetingsxbusiness_shifted_by_one_more():
    shifted = TINY.replace("[{1,3}, {1,2}, {2,3}]", "[{2,4}, {2,3}, {3,4}]")
    assert read_dzn(shifted).requested == read_dzn(TINY).requested


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (TINY.replace("nTables = 1;", "nTables = 1"), 5, "expected ';', found 'nTotalSlots'"),
        (TINY.replace("nTables = 1;\n", ""), 1, "'nTables' is missing"),
        (
            TINY.replace("1,2,1, 2,3,3", "1,2,1, 2,3,7"),
            7,
            "row 2 of 'requested' is not [p1, p2, 1..3] with 1 <= p <= 3",
        ),
        (
            TINY.replace("[{1,3}, {1,2}", "[{1}, {1,2}"),
            8,
            "'meetingsxBusiness' does not match 'requested'",
        ),
        (TINY.replace("fixed = [0, 0, 3]", "fixed = [0, 0, 9]"), 11, "'fixed' slots must be 0..4"),
        (
            TINY.replace("[{0}, {0,4}, {0}]", "[{0}, {0,4}]"),
            10,
            "'forbidden' must be 3 sets of numbers 0..4",
        ),
        (TINY + "x = @;", 13, "unexpected '@'"),
    ],
)
def test_malformed_files_say_which_line(text, line, message):
    with pytest.raises(DznError) as error:
        read_dzn(text)
    assert (error.value.line, error.value.en) == (line, message)


def test_write_then_read_is_identity():
    instance = generate_b2b(published_spec("small"), seed=3)
    assert read_dzn(write_dzn(instance), name=instance.name) == instance


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_instances_are_feasible(seed):
    spec = B2BSpec(n_business=20, n_meetings=60, n_slots=8, n_tables=8, fixed_share=0.1)
    instance = generate_b2b(spec, seed=seed)
    problem = to_problem(instance)
    slots = hidden_slots(spec, seed=seed)
    agenda = [
        Placement(
            id=m.id,
            kind="meeting",
            participants=m.participants,
            day="day",
            start=s - 1,
            duration=1,
            venue="hall",
        )
        for m, s in zip(problem.meetings, slots, strict=True)
    ]
    report = check(problem, agenda, config=b2b_config(fairness=None))
    assert report.violations == ()
    assert report.terms.meetings_placed == 60
    assert generate_b2b(spec, seed=seed) == instance
