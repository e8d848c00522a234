"""Checked records of an outcome document, ready to be stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from convoy.missions.models import Activity, MeetingRequest, Mission, Organization
from convoy.outcomes.services.pipeline import Step


@dataclass(frozen=True)
class ProjectRecord:
    key: str
    name: str
    investor: Organization | None
    location: Organization | None
    scian_codes: tuple[str, ...]
    synthetic: bool
    provenance: str


@dataclass(frozen=True)
class FigureRecord:
    measure: str
    status: str
    jobs_kind: str
    value: Decimal
    currency: str
    date: dt.date
    estimated: bool
    source: str


@dataclass(frozen=True)
class ClaimRecord:
    organization: Organization
    role: str


@dataclass(frozen=True)
class FollowUpRecord:
    task: str
    language: str
    owner: Organization
    person: str
    due: dt.date
    done: dt.date | None
    synthetic: bool
    provenance: str


@dataclass(frozen=True)
class OutcomeRecord:
    key: str
    kind: str
    title: str
    language: str
    request: MeetingRequest | None
    activity: Activity | None
    project: str  # project key ("" for none)
    project_type: str
    forecast: bool
    description: str
    stages: tuple[Step, ...]
    figures: tuple[FigureRecord, ...]
    claims: tuple[ClaimRecord, ...]
    members: tuple[Organization, ...]
    follow_ups: tuple[FollowUpRecord, ...]
    synthetic: bool
    provenance: str


@dataclass(frozen=True)
class OutcomeDocument:
    mission: Mission
    projects: tuple[ProjectRecord, ...]
    outcomes: tuple[OutcomeRecord, ...]
