"""Plain values of the outcomes computations, free of Django so renderers can use them anywhere."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Meeting:
    source: str  # "request" or "activity"
    axis: str  # axis code, "" when none
    sector: str  # SCIAN sector as printed ("54", "31-33"), "" when none
    delegations: tuple[int, ...]


@dataclass(frozen=True)
class Meetings:
    """The meetings a report counts, and the stored records they come from.

    With a published agenda they are its placements (``agenda_version`` is its number) and
    ``left_off`` counts the accepted requests it does not place; without one they are the
    accepted requests and the activities, ``agenda_version`` is None and ``left_off`` 0.
    """

    items: tuple[Meeting, ...]
    agenda_version: int | None
    left_off: int

    @property
    def requests(self) -> int:
        return sum(1 for m in self.items if m.source == "request")

    @property
    def activities(self) -> int:
        return sum(1 for m in self.items if m.source == "activity")


@dataclass(frozen=True)
class Fairness:
    delegations: int
    served: int
    minimum: int
    median: float
    maximum: int
    gini: float
    small: int
    small_served: int


@dataclass(frozen=True)
class Kpi:
    code: str
    description: str
    metric: str
    target: Decimal | None
    unit: str  # a currency code for investment, "" otherwise
    achieved: Decimal | None  # announced (investment, jobs), signed (agreements), held (meetings)
    realized: Decimal | None  # investment and jobs only
    axis: str  # the axis a meetings objective is measured on, "" for the whole mission
    note: tuple[str, str] = ("", "")  # es, en


@dataclass(frozen=True)
class Funnel:
    meetings: int
    leads: int
    announced: int
    realized: int
    lost: int


@dataclass(frozen=True)
class LateTask:
    task: str
    owner: str
    owner_key: str
    person: str
    due: dt.date
    days_late: int
    outcome: str
    mission: str
    synthetic: bool


@dataclass(frozen=True)
class LateGroup:
    key: str
    name: str
    tasks: tuple[LateTask, ...]
