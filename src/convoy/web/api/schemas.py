"""Shapes of the API's answers and inputs (pydantic, shown in the OpenAPI document)."""

from __future__ import annotations

import datetime as dt

from ninja import Schema


class LegOut(Schema):
    code: str
    city: str
    country: str
    time_zone: str
    start_date: dt.date
    end_date: dt.date


class MissionOut(Schema):
    slug: str
    title: str
    status: str
    start_date: dt.date
    end_date: dt.date
    organizer: str
    role: str


class MissionDetail(MissionOut):
    legs: list[LegOut]
    delegations: int
    counterparts: int
    requests: int


class InterestOut(Schema):
    id: int
    direction: str
    kind: str
    axis: str | None
    scian_codes: list[str]
    text: str
    language: str


class DelegationOut(Schema):
    id: int
    key: str
    name: str
    kind: str
    priority: str
    parallel_tracks: int


class DelegationDetail(DelegationOut):
    legs: list[str]
    members: list[str]
    interests: list[InterestOut]


class CounterpartOut(Schema):
    id: int
    key: str
    name: str
    kind: str
    leg: str
    confirmation: str
    capacity: int
    marquee: bool


class CounterpartDetail(CounterpartOut):
    interests: list[InterestOut]
    private_notes: str | None = None


class RequestOut(Schema):
    id: int
    delegation: int
    counterpart: int
    priority: str
    status: str
    source: str
    reason: str
    reason_language: str
    answer_by: dt.datetime | None


class RequestIn(Schema):
    delegation: int
    counterpart: int
    reason: str
    language: str = "es"
    priority: str = "normal"


class AnswerIn(Schema):
    answer: str


class PlacementOut(Schema):
    key: str
    kind: str
    title: str
    leg: str
    time_zone: str
    date: dt.date
    start: dt.time
    end: dt.time
    venue: str | None
    delegations: list[int]
    counterparts: list[int]


class VersionOut(Schema):
    number: int
    status: str
    origin: str
    created_at: dt.datetime
    published_at: dt.datetime | None


class VersionDetail(VersionOut):
    statistics: dict[str, object] | None
    placements: list[PlacementOut]


class OutcomeOut(Schema):
    id: int
    key: str
    kind: str
    title: str
    language: str
    stage: str
    request: int | None
    description: str


class OutcomeIn(Schema):
    kind: str
    title: str
    language: str = "es"
    description: str = ""


class SuggestionOut(Schema):
    id: int
    delegation: int
    counterpart: int
    kind: str
    activity: int | None
    score: float
    explanation: str
    parts: list[dict[str, object]]
    status: str


class DecisionIn(Schema):
    ids: list[int]
    decision: str


class DecisionOut(Schema):
    changed: int
