"""Small hand-made problems for the planning tests."""

from __future__ import annotations

from convoy.planning.problem import (
    Counterpart,
    Day,
    Delegation,
    Leg,
    Meeting,
    Problem,
    Session,
    Venue,
)


def one_day(*, slots: int = 4, morning: int = 2, breaks: tuple[int, ...] = ()) -> Leg:
    sessions = (
        Session(name="morning", start=0, end=morning),
        Session(name="afternoon", start=morning, end=slots),
    )
    return Leg(
        id="la",
        name="Los Angeles",
        days=(Day(id="d1", date="2026-02-27", slots=slots, sessions=sessions, breaks=breaks),),
    )


def two_days(*, slots: int = 6, morning: int = 3) -> tuple[Day, Day]:
    """Days d1 and d2 of ``slots`` slots, the first ``morning`` of them the morning."""
    sessions = (Session(name="morning", start=0, end=morning), Session(name="afternoon", start=morning, end=slots))
    return (
        Day(id="d1", date="2026-02-21", slots=slots, sessions=sessions),
        Day(id="d2", date="2026-02-22", slots=slots, sessions=sessions),
    )


def pair_problem(*, meetings: tuple[Meeting, ...], slots: int = 4, tables: int | None = None) -> Problem:
    """Delegations a, b and counterparts x, y in one leg, one hall."""
    return Problem(
        legs=(one_day(slots=slots),),
        venues=(Venue(id="hall", name="Hall", leg="la", tables=tables),),
        delegations=(Delegation(id="a", name="A"), Delegation(id="b", name="B")),
        counterparts=(
            Counterpart(id="x", name="X", leg="la", venue="hall"),
            Counterpart(id="y", name="Y", leg="la", venue="hall"),
        ),
        meetings=meetings,
    )


def solved(problem: Problem, **settings: object):
    """Solve with a small time limit and return (result, check report); the agenda must be valid."""
    from convoy.planning.check import check
    from convoy.planning.config import Config
    from convoy.planning.solve import solve

    config = Config(time_limit=5.0, **settings)  # type: ignore[arg-type]
    result = solve(problem, config)
    report = check(problem, result, config=config)
    assert report.violations == (), report.violations
    return result, report


def placed(result) -> dict[str, tuple[str, int]]:
    """Meeting or group-session id -> (day, start)."""
    return {p.id: (p.day, p.start) for p in result.placements if p.kind != "fixed"}
