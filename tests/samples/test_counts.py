"""Exact sizes of the samples: a silent change of the data fails here."""

from collections import Counter

from .loaded import CALIFORNIA, JAPAN, MAEN, document, kinds


def delegations_by_kind(name):
    kind = kinds(name)
    return Counter(kind[d["organization"]] for d in document(name)["mission"]["delegations"])


def test_california_has_54_municipalities_from_22_states_12_states_and_12_business_delegations():
    assert delegations_by_kind(CALIFORNIA) == {"municipality": 54, "state": 12, "company": 11, "association": 1}
    mission = document(CALIFORNIA)["mission"]
    municipalities = [d["organization"] for d in mission["delegations"] if d["organization"].startswith("mun-")]
    assert len({key[4:6] for key in municipalities}) == 22


def test_california_state_delegations_bring_20_representatives():
    kind = kinds(CALIFORNIA)
    members = [
        m
        for d in document(CALIFORNIA)["mission"]["delegations"]
        if kind[d["organization"]] == "state"
        for m in d["members"]
    ]
    assert len(members) == 20


def test_california_counterparts_by_city():
    mission = document(CALIFORNIA)["mission"]
    assert Counter(c["leg"] for c in mission["counterparts"]) == {
        "los-angeles": 20,
        "san-jose": 14,
        "san-francisco": 12,
    }
    assert len({c["organization"] for c in mission["counterparts"]}) == 45


def test_california_requests_by_status_priority_and_origin():
    requests = document(CALIFORNIA)["mission"]["requests"]
    assert len(requests) == 168
    assert Counter(r["status"] for r in requests) == {
        "accepted": 94,
        "proposed": 30,
        "declined": 15,
        "withdrawn": 15,
        "expired": 14,
    }
    assert Counter(r["priority"] for r in requests) == {"normal": 116, "high": 38, "must": 14}
    assert Counter(r["synthetic"] for r in requests) == {True: 133, False: 35}


def test_california_itinerary_activities_and_interests():
    mission = document(CALIFORNIA)["mission"]
    legs = [(leg["code"], leg["start_date"], leg["end_date"], len(leg["venues"])) for leg in mission["legs"]]
    assert legs == [
        ("los-angeles", "2023-02-27", "2023-02-28", 4),
        ("san-francisco", "2023-03-02", "2023-03-03", 3),
        ("san-jose", "2023-03-01", "2023-03-01", 5),
    ]
    assert Counter(a["kind"] for a in mission["activities"]) == {
        "plenary": 4,
        "group_session": 4,
        "site_visit": 2,
        "conference": 1,
        "networking": 1,
    }
    assert sum(len(d["interests"]) for d in mission["delegations"]) == 251
    assert sum(len(c["interests"]) for c in mission["counterparts"]) == 71
    assert sum(1 for d in mission["delegations"] if d["legs"] == ["los-angeles"]) == 19
    assert len(document(CALIFORNIA)["organizations"]) == 124


def test_every_delegation_has_needs_and_offers_and_every_counterpart_interests_and_time():
    for name in (CALIFORNIA, MAEN, JAPAN):
        mission = document(name)["mission"]
        directions = [{i["direction"] for i in d["interests"]} for d in mission["delegations"]]
        assert all(found == {"need", "offer"} for found in directions), name
        assert all(c["interests"] and c["availability"] and c["capacity"] >= 1 for c in mission["counterparts"]), name


def test_maen_brings_13_member_companies_of_the_cluster_to_4_counterparts():
    doc = document(MAEN)
    assert delegations_by_kind(MAEN) == {"cluster": 1, "company": 13}
    members = [o["key"] for o in doc["organizations"] if o["parent"] == "grupo-maen"]
    assert len(members) == 13
    assert sorted(c["organization"] for c in doc["mission"]["counterparts"]) == [
        "go-biz",
        "pem-motion",
        "sacramento-oied",
        "wtc-norcal",
    ]
    assert (len(doc["mission"]["requests"]), len(doc["mission"]["activities"])) == (17, 4)


def test_japan_has_eleven_meetings_five_with_companies_already_in_the_state():
    mission = document(JAPAN)["mission"]
    assert len(mission["requests"]) == 11
    assert all(r["delegation"] == "edo-01" and r["status"] == "accepted" for r in mission["requests"])
    descriptions = {key: org["description"] for key, org in ((o["key"], o) for o in document(JAPAN)["organizations"])}
    in_state = sorted(
        r["counterpart"]
        for r in mission["requests"]
        if "already present in Aguascalientes" in descriptions[r["counterpart"]]
    )
    assert in_state == ["calsonic-kansei", "jatco", "nissan", "tachi-s", "unipres"]
    assert Counter(c["leg"] for c in mission["counterparts"]) == {"tokyo": 7, "nagoya": 4}
