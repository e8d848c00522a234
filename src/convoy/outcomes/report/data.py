"""Plain data of a mission report: everything the renderer shows, computed from records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from convoy.outcomes.values import Fairness, Funnel, Kpi, LateGroup


@dataclass(frozen=True)
class Bilingual:
    es: str
    en: str

    def __call__(self, lang: str) -> str:
        return self.en if lang == "en" else self.es


@dataclass(frozen=True)
class Count:
    key: str
    label: Bilingual
    value: int


@dataclass(frozen=True)
class Amounts:
    """One total in each report currency (the same figures converted, never mixed)."""

    usd: Decimal
    mxn: Decimal


@dataclass(frozen=True)
class FigureLine:
    measure: str
    status: str
    jobs_kind: str
    value: Decimal
    currency: str
    minor_units: int
    date: dt.date
    estimated: bool
    converted: Amounts | None


@dataclass(frozen=True)
class OutcomeLine:
    key: str
    title: str
    kind: str
    stage: str
    stage_date: dt.date | None
    project: str
    project_type: str
    meeting: str
    figures: tuple[FigureLine, ...]
    claims: tuple[tuple[str, str], ...]  # organization name, role
    records: int  # records merged into this line (one project, several agencies)
    members: tuple[str, ...]
    members_by_kind: tuple[tuple[str, int], ...]  # ("other" | "municipality" | "state", count), nonzero only
    forecast: bool
    synthetic: bool


@dataclass(frozen=True)
class RateLine:
    outcome: str
    source: str
    target: str
    rate: Decimal
    rate_date: dt.date
    requested: dt.date
    policy: str
    origin: str
    note: Bilingual


@dataclass(frozen=True)
class Participation:
    delegations: int
    municipalities: int
    municipality_states: int  # states the municipalities belong to
    state_governments: int
    other_delegations: int
    states_represented: int  # states of municipalities and state governments together
    counterparts: int
    companies_and_chambers: int
    other_counterparts: int
    single_delegation: str  # its name when the mission has exactly one delegation


@dataclass(frozen=True)
class Totals:
    investment_announced: Amounts
    investment_realized: Amounts
    export_announced: Amounts
    export_realized: Amounts
    headline_values: Amounts  # agreements' headline values: shown, never added to investment
    jobs_new_expected: int
    jobs_new_realized: int
    jobs_retained_expected: int
    jobs_retained_realized: int
    agreements: int
    working_groups: int
    programmes: int
    programme_firms: int


@dataclass(frozen=True)
class MissionReport:
    slug: str
    title: str
    convoy: bool
    organizer: str
    start_date: dt.date
    end_date: dt.date
    cities: tuple[str, ...]
    as_of: dt.date
    participation: Participation
    meetings: int  # meeting_requests + activities, all from meetings_source
    meeting_requests: int  # bilateral meetings: placed requests (accepted requests without an agenda)
    activities: int  # activities other than travel: placed ones (recorded ones without an agenda)
    meetings_source: Bilingual  # "la agenda publicada, versión 1" / "the published agenda, version 1"
    agenda_version: int | None  # the published agenda the meetings come from; None: no agenda published
    requests_left_off: int  # accepted requests the published agenda does not place (0 without one)
    meetings_by_axis: tuple[Count, ...]
    meetings_by_sector: tuple[Count, ...]
    fairness: Fairness
    per_delegation: tuple[Count, ...]
    kpis: tuple[Kpi, ...]
    funnel: Funnel
    totals: Totals
    forecasts: tuple[OutcomeLine, ...]
    outcomes: tuple[OutcomeLine, ...]
    rates: tuple[RateLine, ...]
    late: tuple[LateGroup, ...]
    synthetic_outcomes: int
    summary: Bilingual
