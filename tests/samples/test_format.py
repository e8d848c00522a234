"""The files are mission documents, version 1, written canonically (mission-document.md)."""

import json
import re

import pytest

from convoy.missions.models import choices
from convoy.samples import sample_paths

from .loaded import documents, flagged_records, interests

KEYS = {
    "document": "format version organizations mission",
    "organization": "key name kind country subdivision inegi_key scian_codes description description_language "
    "website small parent synthetic provenance people",
    "person": "name role position email phone languages synthetic provenance",
    "mission": "slug title language summary organizer status start_date end_date synthetic provenance axes "
    "objectives legs delegations counterparts activities requests",
    "axis": "code name_es name_en order",
    "objective": "code description metric target currency horizon synthetic provenance",
    "leg": "code order city country subdivision time_zone start_date end_date day_start day_end afternoon_start "
    "slot_minutes synthetic provenance breaks venues travel_times",
    "break": "name start end",
    "venue": "code name address latitude longitude rooms synthetic provenance",
    "travel": "from to minutes",
    "delegation": "organization legs members parallel_tracks priority synthetic provenance interests",
    "interest": "direction kind axis scian_codes text language",
    "counterpart": "organization leg venue contact capacity max_meetings_per_day formats confirmation marquee "
    "private_notes synthetic provenance availability interests",
    "availability": "date start end",
    "activity": "code leg kind title language axis venue host fixed date start duration_minutes seats public "
    "delegations description synthetic provenance",
    "request": "delegation counterpart leg source priority status reason reason_language duration_minutes "
    "session synthetic provenance",
}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME = re.compile(r"^\d{2}:\d{2}$")
SLUG = re.compile(r"^[a-z0-9-]+$")
DOCS = list(documents().values())


def typed_records(doc):
    yield "document", doc
    for org in doc["organizations"]:
        yield "organization", org
        yield from (("person", person) for person in org["people"])
    mission = doc["mission"]
    yield "mission", mission
    for part, kind in [
        ("axes", "axis"),
        ("objectives", "objective"),
        ("delegations", "delegation"),
        ("counterparts", "counterpart"),
        ("activities", "activity"),
        ("requests", "request"),
    ]:
        yield from ((kind, record) for record in mission[part])
    for leg in mission["legs"]:
        yield "leg", leg
        for part, kind in [("breaks", "break"), ("venues", "venue"), ("travel_times", "travel")]:
            yield from ((kind, record) for record in leg[part])
    for counterpart in mission["counterparts"]:
        yield from (("availability", window) for window in counterpart["availability"])
    yield from (("interest", item) for item in interests(doc))


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.stem)
def test_each_file_is_written_in_the_canonical_text(path):
    text = path.read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d["mission"]["slug"])
def test_every_record_has_exactly_the_documented_keys_in_order(doc):
    wrong = [(kind, list(record)) for kind, record in typed_records(doc) if list(record) != KEYS[kind].split()]
    assert wrong == []
    assert (doc["format"], doc["version"]) == ("convoy-mission", 1)


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d["mission"]["slug"])
def test_enumerations_use_the_stored_codes(doc):
    mission = doc["mission"]
    values = {
        "kind": {o["kind"] for o in doc["organizations"]} - set(choices.OrganizationKind.values),
        "role": {p["role"] for o in doc["organizations"] for p in o["people"]} - set(choices.PersonRole.values),
        "status": {mission["status"]} - set(choices.MissionStatus.values),
        "metric": {o["metric"] for o in mission["objectives"]} - set(choices.Metric.values),
        "priority": {r["priority"] for r in mission["delegations"] + mission["requests"]}
        - set(choices.Priority.values),
        "confirmation": {c["confirmation"] for c in mission["counterparts"]} - set(choices.Confirmation.values),
        "format": {f for c in mission["counterparts"] for f in c["formats"]} - set(choices.Format.values),
        "direction": {i["direction"] for i in interests(doc)} - set(choices.Direction.values),
        "interest": {i["kind"] for i in interests(doc)} - set(choices.InterestKind.values),
        "activity": {a["kind"] for a in mission["activities"]} - set(choices.ActivityKind.values),
        "request": {r["status"] for r in mission["requests"]} - set(choices.RequestStatus.values),
        "source": {r["source"] for r in mission["requests"]} - set(choices.RequestSource.values),
        "session": {r["session"] for r in mission["requests"]} - set(choices.Session.values),
        "language": (
            {mission["language"]}
            | {i["language"] for i in interests(doc)}
            | {o["description_language"] for o in doc["organizations"]}
            | {a["language"] for a in mission["activities"]}
            | {r["reason_language"] for r in mission["requests"]}
        )
        - set(choices.Language.values),
    }
    assert values == {name: set() for name in values}


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d["mission"]["slug"])
def test_codes_dates_times_and_decimals_are_written_as_the_format_says(doc):
    mission = doc["mission"]
    slugs = [o["key"] for o in doc["organizations"]] + [mission["slug"]]
    slugs += [x["code"] for part in ("axes", "objectives", "legs", "activities") for x in mission[part]]
    slugs += [v["code"] for leg in mission["legs"] for v in leg["venues"]]
    assert [s for s in slugs if not SLUG.match(s)] == []
    dates = [mission["start_date"], mission["end_date"]]
    dates += [d for leg in mission["legs"] for d in (leg["start_date"], leg["end_date"])]
    dates += [w["date"] for c in mission["counterparts"] for w in c["availability"]]
    dates += [a["date"] for a in mission["activities"]]
    assert [d for d in dates if not DATE.match(d)] == []
    times = [t for leg in mission["legs"] for t in (leg["day_start"], leg["day_end"], leg["afternoon_start"])]
    times += [t for leg in mission["legs"] for b in leg["breaks"] for t in (b["start"], b["end"])]
    times += [t for c in mission["counterparts"] for w in c["availability"] for t in (w["start"], w["end"])]
    times += [a["start"] for a in mission["activities"]]
    assert [t for t in times if not TIME.match(t)] == []
    targets = [o["target"] for o in mission["objectives"] if o["target"] is not None]
    assert [t for t in targets if not re.match(r"^\d+\.\d{2}$", t)] == []
    coordinates = [v[c] for leg in mission["legs"] for v in leg["venues"] for c in ("latitude", "longitude")]
    assert [c for c in coordinates if c is not None and not re.match(r"^-?\d+\.\d{6}$", c)] == []


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d["mission"]["slug"])
def test_every_flagged_record_says_whether_it_is_synthetic(doc):
    flags = {label: (record["synthetic"], type(record["provenance"])) for label, record in flagged_records(doc)}
    assert {flag for flag, kind in flags.values() if kind is str} == {True, False}
    assert [label for label, (flag, kind) in flags.items() if not isinstance(flag, bool) or kind is not str] == []
