"""Mission → planning problem on the hand-made mission of ``factory``: exact figures."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.agenda.factory import D1, D2, make_mission

from convoy.agenda.models import ClosedSlot
from convoy.agenda.services.build_problem import build_problem
from convoy.missions.models import Activity, AvailabilityWindow, Counterpart, MeetingRequest
from convoy.planning import problem as p

pytestmark = pytest.mark.django_db
DAY1, DAY2 = "day:la:2023-02-27", "day:la:2023-02-28"


def test_days_have_slots_sessions_and_breaks() -> None:
    problem = build_problem(mission=make_mission()).problem
    sessions = (p.Session("morning", 0, 4), p.Session("afternoon", 4, 8))
    assert problem.legs == (
        p.Leg(
            id="leg:la",
            name="Los Angeles",
            days=(
                p.Day(DAY1, "2023-02-27", 8, 30, "09:00", sessions, (2,)),
                p.Day(DAY2, "2023-02-28", 8, 30, "09:00", sessions, (2,)),
            ),
        ),
    )
    assert problem.venues == (
        p.Venue("ven:la:hotel", "Hotel Biltmore", "leg:la", 2),
        p.Venue("ven:la:studio", "Netflix studio", "leg:la", 1),
    )
    assert problem.travel == (p.Travel("ven:la:hotel", "ven:la:studio", 30),)


def test_participants_carry_tracks_legs_weights_and_windows() -> None:
    problem = build_problem(mission=make_mission()).problem
    assert problem.delegations == (
        p.Delegation("del:mun-14039", "Guadalajara", tracks=2, legs=("leg:la",), priority=2, size=2),
        p.Delegation("del:mun-19039", "Monterrey", tracks=1, legs=(), priority=1, size=1),
    )
    assert problem.counterparts == (
        p.Counterpart(
            "cp:la:netflix",
            "Netflix",
            "leg:la",
            capacity=1,
            availability=(p.Window(DAY1, 4, 6),),
            venue="ven:la:studio",
        ),
        p.Counterpart(
            "cp:la:port-la", "Port of Los Angeles", "leg:la", capacity=2, max_per_day=2, venue="ven:la:hotel"
        ),
    )


def test_activities_and_accepted_requests_become_fixed_groups_and_meetings() -> None:
    mission = make_mission()
    gdl_netflix, mty_port, gdl_port = (
        MeetingRequest.objects.filter(mission=mission, status="accepted").order_by("pk").values_list("pk", flat=True)
    )
    problem = build_problem(mission=mission).problem
    assert problem.fixed == (
        p.FixedActivity(
            "act:opening", "Opening plenary", DAY1, 0, 2, ("del:mun-14039", "del:mun-19039"), venue="ven:la:hotel"
        ),
    )
    # Monterrey is listed (1 × normal 1); Guadalajara has a high request to the host (2 × high 2).
    assert problem.group_sessions == (
        p.GroupSession(
            "act:port-briefing",
            "cp:la:port-la",
            seats=1,
            interested=(p.Interest("del:mun-14039", 4), p.Interest("del:mun-19039", 1)),
            duration=2,
        ),
    )
    assert problem.meetings == (
        p.Meeting(f"req:{gdl_netflix}", ("del:mun-14039", "cp:la:netflix"), 6, 1, True, "afternoon"),
        p.Meeting(f"req:{mty_port}", ("del:mun-19039", "cp:la:port-la"), 1, 2, False, "any"),
        p.Meeting(f"req:{gdl_port}", ("del:mun-14039", "cp:la:port-la"), 4, 1, False, "any"),
    )
    assert problem.previous is None
    assert problem.name == "convoy-la"


def test_closed_slots_join_the_breaks_of_their_day_only() -> None:
    mission = make_mission()
    ClosedSlot.objects.create(mission=mission, leg=mission.legs.get(), date=D2, start=dt.time(12))
    days = build_problem(mission=mission).problem.legs[0].days
    assert [d.breaks for d in days] == [(2,), (2, 6)]


def test_declined_counterpart_leaves_with_its_meetings_and_says_so() -> None:
    mission = make_mission()
    Counterpart.objects.filter(organization__key="netflix").update(confirmation="declined")
    built = build_problem(mission=mission)
    assert [c.id for c in built.problem.counterparts] == ["cp:la:port-la"]
    assert len(built.problem.meetings) == 2
    request = MeetingRequest.objects.get(counterpart__organization__key="netflix", status="accepted")
    assert [(n.key, n.text) for n in built.notes] == [
        (f"req:{request.pk}", f"request {request.pk}: the counterpart declined")
    ]


def test_windows_outside_the_leg_forbid_every_slot_and_public_fixed_outside_the_grid_is_noted() -> None:
    mission = make_mission()
    netflix = Counterpart.objects.get(organization__key="netflix")
    netflix.availability.all().delete()
    AvailabilityWindow.objects.create(counterpart=netflix, date=dt.date(2023, 3, 9), start=dt.time(9), end=dt.time(12))
    Activity.objects.create(
        mission=mission,
        code="gala",
        leg=mission.legs.get(),
        kind="reception",
        title="Gala",
        fixed=True,
        date=D1,
        start=dt.time(19),
        duration_minutes=60,
    )
    built = build_problem(mission=mission)
    cp = built.problem.counterparts[0]
    assert (cp.availability, len(cp.forbidden)) == ((), 16)
    assert cp.forbidden[0] == p.SlotRef(DAY1, 0) and cp.forbidden[-1] == p.SlotRef(DAY2, 7)
    assert [(n.key, n.text) for n in built.notes] == [
        ("act:gala", "Gala: its time is outside the leg's days and hours")
    ]


def test_a_private_fixed_activity_without_delegations_blocks_only_its_host() -> None:
    mission = make_mission()
    Activity.objects.create(
        mission=mission,
        code="port-prep",
        leg=mission.legs.get(),
        kind="site_visit",
        title="Port preparation",
        host=Counterpart.objects.get(organization__key="port-la"),
        fixed=True,
        public=False,
        date=D2,
        start=dt.time(9),
        duration_minutes=30,
    )
    fixed = {f.id: f for f in build_problem(mission=mission).problem.fixed}
    assert fixed["act:port-prep"] == p.FixedActivity(
        "act:port-prep", "Port preparation", DAY2, 0, 1, ("cp:la:port-la",), venue="ven:la:hotel"
    )


def test_non_fixed_group_session_with_a_date_and_start_is_pinned() -> None:
    mission = make_mission()
    Activity.objects.filter(code="port-briefing").update(date=D2, start=dt.time(11, 30))
    group = build_problem(mission=mission).problem.group_sessions[0]
    assert group.pinned == p.SlotRef(DAY2, 5)
