"""Count each project once, however many agencies recorded or claimed it.

Outcomes that name the same project are one *item*; an outcome without a project is an
item of its own. The item's stage is the most advanced among its records, and each of its
figures (investment expected, jobs realized…) comes from the most advanced record that has
it, so a state and a municipality reporting the same plant add it once. Claims of all the
records stay visible: the report shows who claimed what.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import QuerySet

from convoy.outcomes.models import Claim, Figure, Outcome
from convoy.outcomes.services.pipeline import rank

FigureKey = tuple[str, str, str]  # measure, status, jobs kind


@dataclass(frozen=True)
class Item:
    key: str
    outcomes: tuple[Outcome, ...]
    representative: Outcome
    figures: dict[FigureKey, Figure]
    claims: tuple[Claim, ...]

    @property
    def stage(self) -> str:
        return str(self.representative.stage)

    @property
    def kind(self) -> str:
        return str(self.representative.kind)

    @property
    def forecast(self) -> bool:
        return bool(self.representative.forecast)


def with_details(outcomes: QuerySet[Outcome]) -> QuerySet[Outcome]:
    """The outcomes with what counting and reporting read, fetched in a few queries."""
    return outcomes.select_related(
        "project__investor",
        "project__location",
        "request__counterpart__organization",
        "request__delegation__organization",
        "activity__axis",
        "activity__host__organization",
        "mission__organizer",
    ).prefetch_related("figures__conversions", "claims__organization", "members", "transitions")


def item_key(outcome: Outcome) -> str:
    return f"project:{outcome.project.key}" if outcome.project_id else f"outcome:{outcome.pk}"


def _strength(outcome: Outcome) -> tuple[int, int]:
    return rank(outcome.stage), -outcome.pk


def count_once(*, outcomes: Iterable[Outcome]) -> list[Item]:
    """Group outcomes into items (one per project), in the order their first record appears."""
    groups: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        groups.setdefault(item_key(outcome), []).append(outcome)
    return [_item(key=key, records=records) for key, records in groups.items()]


def _item(*, key: str, records: list[Outcome]) -> Item:
    ordered = sorted(records, key=_strength, reverse=True)
    figures: dict[FigureKey, Figure] = {}
    for outcome in ordered:
        for figure in outcome.figures.all():
            figures.setdefault((figure.measure, figure.status, figure.jobs_kind), figure)
    claims = tuple(claim for outcome in records for claim in outcome.claims.all())
    return Item(key=key, outcomes=tuple(records), representative=ordered[0], figures=figures, claims=claims)
