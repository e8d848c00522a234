"""The records of the mission document follow docs/reference/mission-document.md, key by key."""

from __future__ import annotations

from convoy.exchange import schema as s
from convoy.exchange.schema import Kind


def names(record: s.Record) -> list[str]:
    return [f.name for f in record.fields] + [name for name, _child in record.children]


def test_keys_are_in_the_order_of_the_specification() -> None:
    assert names(s.ORGANIZATION) == [
        "key", "name", "kind", "country", "subdivision", "inegi_key", "scian_codes", "description",
        "description_language", "website", "small", "parent", "synthetic", "provenance", "people",
    ]  # fmt: skip
    assert names(s.PERSON) == [
        "name", "role", "position", "email", "phone", "languages", "synthetic", "provenance",
    ]  # fmt: skip
    assert names(s.MISSION) == [
        "slug", "title", "language", "summary", "organizer", "status", "start_date", "end_date", "synthetic",
        "provenance", "axes", "objectives", "legs", "delegations", "counterparts", "activities", "requests",
    ]  # fmt: skip
    assert names(s.LEG) == [
        "code", "order", "city", "country", "subdivision", "time_zone", "start_date", "end_date", "day_start",
        "day_end", "afternoon_start", "slot_minutes", "synthetic", "provenance", "breaks", "venues", "travel_times",
    ]  # fmt: skip
    assert names(s.COUNTERPART) == [
        "organization", "leg", "venue", "contact", "capacity", "max_meetings_per_day", "formats", "confirmation",
        "marquee", "private_notes", "synthetic", "provenance", "availability", "interests",
    ]  # fmt: skip
    assert names(s.ACTIVITY) == [
        "code", "leg", "kind", "title", "language", "axis", "venue", "host", "fixed", "date", "start",
        "duration_minutes", "seats", "public", "delegations", "description", "synthetic", "provenance",
    ]  # fmt: skip
    assert names(s.REQUEST) == [
        "delegation", "counterpart", "leg", "source", "priority", "status", "reason", "reason_language",
        "duration_minutes", "session", "synthetic", "provenance",
    ]  # fmt: skip
    assert names(s.TRAVEL_TIME) == ["from", "to", "minutes"]
    assert names(s.INTEREST) == ["direction", "kind", "axis", "scian_codes", "text", "language"]


def test_fields_take_kind_requirement_and_default_from_the_model() -> None:
    leg = s.LEG
    assert (leg.field("code").kind, leg.field("code").required) == (Kind.CODE, True)
    assert (leg.field("order").required, leg.field("order").default) == (False, 0)
    assert leg.field("day_start").kind is Kind.TIME
    assert (s.VENUE.field("latitude").kind, s.VENUE.field("latitude").places) == (Kind.DECIMAL, 6)
    assert (s.OBJECTIVE.field("target").null, s.OBJECTIVE.field("target").places) == (True, 2)
    assert s.DELEGATION.field("priority").choices == ("must", "high", "normal")
    assert s.DELEGATION.field("priority").default == "normal"
    assert s.COUNTERPART.field("formats").choices == ("bilateral", "group_session", "site_visit", "briefing")
    assert s.TRAVEL_TIME.field("from").attr == "origin"
    assert (s.REQUEST.field("leg").attr, s.REQUEST.field("leg").required) == (None, True)
    assert (s.ORGANIZATION.field("parent").kind, s.ORGANIZATION.field("parent").null) == (Kind.REF, True)
    assert s.ACTIVITY.field("delegations").kind is Kind.REFS
