"""Every reference inside a sample resolves (natural keys of mission-document.md)."""

import datetime as dt
import itertools

import pytest

from .loaded import documents, interests

DOCS = list(documents().values())
ids = lambda doc: doc["mission"]["slug"]  # noqa: E731


def day(text):
    return dt.date.fromisoformat(text)


def minutes(text):
    hours, mins = text.split(":")
    return int(hours) * 60 + int(mins)


@pytest.mark.parametrize("doc", DOCS, ids=ids)
def test_organizations_and_people_are_referenced_by_existing_keys(doc):
    orgs = {o["key"]: o for o in doc["organizations"]}
    mission = doc["mission"]
    assert len(orgs) == len(doc["organizations"])
    referenced = {mission["organizer"]} | {o["parent"] for o in orgs.values() if o["parent"]}
    referenced |= {x["organization"] for x in mission["delegations"] + mission["counterparts"]}
    assert referenced - set(orgs) == set()
    people = {(o["key"], p["name"]) for o in orgs.values() for p in o["people"]}
    named = {(d["organization"], name) for d in mission["delegations"] for name in d["members"]}
    named |= {(c["organization"], c["contact"]) for c in mission["counterparts"] if c["contact"]}
    assert named - people == set()


@pytest.mark.parametrize("doc", DOCS, ids=ids)
def test_legs_venues_and_axes_are_referenced_by_existing_codes(doc):
    mission = doc["mission"]
    venues = {leg["code"]: {v["code"] for v in leg["venues"]} for leg in mission["legs"]}
    axes = {a["code"] for a in mission["axes"]}
    used_legs = {leg for d in mission["delegations"] for leg in d["legs"]}
    used_legs |= {x["leg"] for x in mission["counterparts"] + mission["activities"] + mission["requests"]}
    assert used_legs - set(venues) == set()
    placed = [(x["leg"], x["venue"]) for x in mission["counterparts"] + mission["activities"] if x["venue"]]
    assert [pair for pair in placed if pair[1] not in venues[pair[0]]] == []
    used_axes = {i["axis"] for i in interests(doc)} | {a["axis"] for a in mission["activities"] if a["axis"]}
    assert used_axes - axes == set()


@pytest.mark.parametrize("doc", DOCS, ids=ids)
def test_travel_times_join_every_pair_of_venues_of_a_leg_both_ways(doc):
    for leg in doc["mission"]["legs"]:
        codes = [v["code"] for v in leg["venues"]]
        pairs = [(t["from"], t["to"]) for t in leg["travel_times"]]
        assert sorted(pairs) == sorted(itertools.permutations(codes, 2))
        minutes_by_pair = {(t["from"], t["to"]): t["minutes"] for t in leg["travel_times"]}
        assert all(minutes_by_pair[a, b] == minutes_by_pair[b, a] > 0 for a, b in pairs)


@pytest.mark.parametrize("doc", DOCS, ids=ids)
def test_activities_and_requests_name_participants_of_the_mission(doc):
    mission = doc["mission"]
    delegations = {d["organization"]: set(d["legs"]) for d in mission["delegations"]}
    counterparts = {(c["organization"], c["leg"]) for c in mission["counterparts"]}
    hosts = {(a["host"], a["leg"]) for a in mission["activities"] if a["host"]}
    assert hosts - counterparts == set()
    attendees = {(name, a["leg"]) for a in mission["activities"] for name in a["delegations"]}
    assert [(name, leg) for name, leg in attendees if leg not in delegations.get(name, set())] == []
    assert all(len(a["delegations"]) <= a["seats"] for a in mission["activities"] if a["delegations"])
    assert all(len(set(a["delegations"])) == len(a["delegations"]) for a in mission["activities"])
    requests = [(r["delegation"], r["counterpart"], r["leg"]) for r in mission["requests"]]
    assert len(set(requests)) == len(requests)
    assert [r for r in requests if (r[1], r[2]) not in counterparts or r[2] not in delegations[r[0]]] == []


@pytest.mark.parametrize("doc", DOCS, ids=ids)
def test_dates_fall_inside_their_leg_and_legs_inside_the_mission(doc):
    mission = doc["mission"]
    legs = {leg["code"]: leg for leg in mission["legs"]}
    ordered = sorted(mission["legs"], key=lambda leg: leg["order"])
    assert (ordered[0]["start_date"], ordered[-1]["end_date"]) == (mission["start_date"], mission["end_date"])
    assert all(day(a["end_date"]) < day(b["start_date"]) for a, b in itertools.pairwise(ordered))
    windows = [(c["leg"], w) for c in mission["counterparts"] for w in c["availability"]]
    windows += [(a["leg"], a) for a in mission["activities"] if a["fixed"]]
    outside = [w for code, w in windows if not legs[code]["start_date"] <= w["date"] <= legs[code]["end_date"]]
    assert outside == []


@pytest.mark.parametrize("doc", DOCS, ids=ids)
def test_fixed_activities_fit_the_daily_window_and_avoid_breaks(doc):
    legs = {leg["code"]: leg for leg in doc["mission"]["legs"]}
    for activity in doc["mission"]["activities"]:
        leg = legs[activity["leg"]]
        start = minutes(activity["start"])
        end = start + activity["duration_minutes"]
        assert minutes(leg["day_start"]) <= start < end <= minutes(leg["day_end"]), activity["code"]
        clashes = [b for b in leg["breaks"] if start < minutes(b["end"]) and minutes(b["start"]) < end]
        assert clashes == [], activity["code"]


@pytest.mark.parametrize("doc", DOCS, ids=ids)
def test_availability_windows_lie_inside_the_daily_window(doc):
    legs = {leg["code"]: leg for leg in doc["mission"]["legs"]}
    for counterpart in doc["mission"]["counterparts"]:
        leg = legs[counterpart["leg"]]
        for window in counterpart["availability"]:
            assert (
                minutes(leg["day_start"])
                <= minutes(window["start"])
                < minutes(window["end"])
                <= minutes(leg["day_end"])
            ), counterpart["organization"]
