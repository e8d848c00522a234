"""One project counts once; MoU headline values, forecasts and lost leads stay out of the totals."""

from __future__ import annotations

from decimal import Decimal

from convoy.missions.models import Mission
from convoy.outcomes.models import Outcome
from convoy.outcomes.services.counting import count_once, with_details
from convoy.outcomes.services.totals import jobs_total, money_total

from ..expected import (
    HEADLINE_USD,
    INVESTMENT_ANNOUNCED_MXN,
    INVESTMENT_ANNOUNCED_USD,
    INVESTMENT_REALIZED_USD,
    JOBS_NEW_EXPECTED,
    JOBS_NEW_REALIZED,
)


def items_of(mission: Mission):  # type: ignore[no-untyped-def]
    return count_once(outcomes=with_details(Outcome.objects.filter(mission=mission)))


def test_a_project_recorded_by_a_city_and_its_state_is_one_item(stored: Mission) -> None:
    items = items_of(stored)
    assert len(items) == 8
    acme = next(item for item in items if item.key == "project:acme-plant")
    assert sorted(o.key for o in acme.outcomes) == ["acme-by-city", "acme-by-state"]
    assert (acme.representative.key, acme.stage) == ("acme-by-state", "realized")
    assert acme.figures[("jobs", "expected", "new")].value == Decimal(320)
    assert sorted((c.organization.key, c.role) for c in acme.claims) == [
        ("edo-14", "lead"),
        ("mun-14039", "assisted"),
        ("mun-14039", "lead"),
    ]


def test_investment_totals_count_the_project_once_in_each_currency(stored: Mission) -> None:
    items = items_of(stored)
    assert money_total(items=items, measure="investment", status="expected", code="USD").amount == (
        INVESTMENT_ANNOUNCED_USD
    )
    assert money_total(items=items, measure="investment", status="expected", code="MXN").amount == (
        INVESTMENT_ANNOUNCED_MXN
    )
    assert money_total(items=items, measure="investment", status="realized", code="USD").amount == (
        INVESTMENT_REALIZED_USD
    )
    assert jobs_total(items=items, status="expected", jobs_kind="new") == JOBS_NEW_EXPECTED
    assert jobs_total(items=items, status="realized", jobs_kind="new") == JOBS_NEW_REALIZED


def test_an_mou_headline_value_is_its_own_measure_and_never_investment(stored: Mission) -> None:
    items = items_of(stored)
    assert money_total(items=items, measure="headline_value", status="expected", code="USD").amount == HEADLINE_USD
    mou_only = [item for item in items if item.kind == "agreement"]
    assert money_total(items=mou_only, measure="investment", status="expected", code="USD").amount == Decimal(0)


def test_without_the_duplicate_record_the_totals_do_not_change(stored: Mission) -> None:
    before = money_total(items=items_of(stored), measure="investment", status="expected", code="USD")
    Outcome.objects.filter(key="acme-by-city").delete()
    after = money_total(items=items_of(stored), measure="investment", status="expected", code="USD")
    assert before == after


def test_an_outcome_without_project_counts_on_its_own(stored: Mission) -> None:
    Outcome.objects.filter(key="acme-by-city").update(project=None)
    items = items_of(stored)
    assert len(items) == 9
    assert money_total(items=items, measure="investment", status="expected", code="USD").amount == (
        INVESTMENT_ANNOUNCED_USD + Decimal("8000000.00")
    )
