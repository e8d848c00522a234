"""A small hand-made mission for the agenda tests (every figure is chosen, none invented
by a generator): one leg, two days of 09:00–13:00 in 30-minute slots, afternoon from
11:00, a coffee break at 10:00, two venues 30 minutes apart, two delegations, two
counterparts, an opening plenary, a group session to place and three accepted requests."""

from __future__ import annotations

import datetime as dt

from convoy.missions.models import (
    Activity,
    AvailabilityWindow,
    Break,
    Counterpart,
    Delegation,
    Leg,
    MeetingRequest,
    Mission,
    Organization,
    Person,
    TravelTime,
    Venue,
)

D1, D2 = dt.date(2023, 2, 27), dt.date(2023, 2, 28)


def org(key: str, name: str, kind: str = "company", **extra: object) -> Organization:
    return Organization.objects.create(key=key, name=name, kind=kind, country=extra.pop("country", "US"), **extra)


def make_mission(*, slug: str = "convoy-la") -> Mission:
    sre = org("sre", "SRE", "federal_agency", country="MX")
    mission = Mission.objects.create(slug=slug, title="Convoy LA", organizer=sre, start_date=D1, end_date=D2)
    leg = Leg.objects.create(
        mission=mission,
        code="la",
        city="Los Angeles",
        country="US",
        time_zone="America/Los_Angeles",
        start_date=D1,
        end_date=D2,
        day_start=dt.time(9),
        day_end=dt.time(13),
        afternoon_start=dt.time(11),
        slot_minutes=30,
    )
    Break.objects.create(leg=leg, name="Café", start=dt.time(10), end=dt.time(10, 30))
    hotel = Venue.objects.create(leg=leg, code="hotel", name="Hotel Biltmore", rooms=2)
    studio = Venue.objects.create(leg=leg, code="studio", name="Netflix studio", rooms=1)
    TravelTime.objects.create(origin=hotel, destination=studio, minutes=30)
    gdl_org = org("mun-14039", "Guadalajara", "municipality", country="MX", inegi_key="14039")
    mty_org = org("mun-19039", "Monterrey", "municipality", country="MX", inegi_key="19039")
    gdl = Delegation.objects.create(mission=mission, organization=gdl_org, parallel_tracks=2, priority="high")
    gdl.legs.add(leg)
    gdl.members.add(
        Person.objects.create(organization=gdl_org, name="Pablo Lemus", email="alcalde@gdl.example"),
        Person.objects.create(organization=gdl_org, name="Ana Ruiz"),
    )
    mty = Delegation.objects.create(mission=mission, organization=mty_org)
    mty.members.add(Person.objects.create(organization=mty_org, name="Luis Colosio"))
    netflix_org = org("netflix", "Netflix")
    netflix = Counterpart.objects.create(
        mission=mission,
        organization=netflix_org,
        leg=leg,
        venue=studio,
        confirmation="confirmed",
        contact=Person.objects.create(organization=netflix_org, name="Rosa Díaz", email="rosa@netflix.example"),
    )
    AvailabilityWindow.objects.create(counterpart=netflix, date=D1, start=dt.time(11), end=dt.time(12, 15))
    port = Counterpart.objects.create(
        mission=mission,
        organization=org("port-la", "Port of Los Angeles"),
        leg=leg,
        venue=hotel,
        capacity=2,
        max_meetings_per_day=2,
    )
    Activity.objects.create(
        mission=mission,
        code="opening",
        leg=leg,
        kind="plenary",
        title="Opening plenary",
        venue=hotel,
        fixed=True,
        date=D1,
        start=dt.time(9),
        duration_minutes=60,
    )
    briefing = Activity.objects.create(
        mission=mission,
        code="port-briefing",
        leg=leg,
        kind="group_session",
        title="Port briefing",
        host=port,
        seats=1,
        duration_minutes=60,
    )
    briefing.delegations.add(mty)
    MeetingRequest.objects.create(
        mission=mission, delegation=gdl, counterpart=netflix, priority="must", status="accepted", session="afternoon"
    )
    MeetingRequest.objects.create(
        mission=mission, delegation=mty, counterpart=port, status="accepted", duration_minutes=60
    )
    MeetingRequest.objects.create(mission=mission, delegation=gdl, counterpart=port, priority="high", status="accepted")
    MeetingRequest.objects.create(mission=mission, delegation=mty, counterpart=netflix, status="proposed")
    return mission
