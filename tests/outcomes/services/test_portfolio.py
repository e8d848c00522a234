"""The portfolio: each dimension's rows, every project once."""

from __future__ import annotations

from decimal import Decimal

from convoy.missions.models import Mission
from convoy.outcomes.services.portfolio import build_portfolio

from ..expected import NIHON_USD


def test_rows_by_state(stored: Mission) -> None:
    rows = build_portfolio()["state"]
    assert [
        (r.key, r.label_es, r.items, r.leads, r.announced, r.realized, r.lost, r.investment_announced["USD"])
        for r in rows
    ] == [
        ("31", "Yucatán", 2, 1, 1, 0, 0, NIHON_USD),
        ("14", "Jalisco", 2, 2, 1, 1, 1, Decimal("8000000.00")),
        ("", "(sin dato)", 2, 1, 1, 1, 0, Decimal(0)),
    ]
    jalisco = rows[1]
    assert (jalisco.jobs_announced, jalisco.jobs_realized, jalisco.investment_realized["USD"]) == (
        320,
        250,
        Decimal("6500000.00"),
    )
    assert rows[0].agreements == 1


def test_rows_by_country_sector_municipality_and_axis(stored: Mission) -> None:
    portfolio = build_portfolio()
    assert {r.key: r.items for r in portfolio["country"]} == {"JP": 2, "US": 3, "": 1}
    assert {r.key: (r.label_es, r.label_en) for r in portfolio["country"]}["JP"] == ("Japón", "Japan")
    assert {r.key for r in portfolio["sector"]} == {"31-33", "81", "51", ""}
    assert {r.key: r.items for r in portfolio["municipality"]} == {"31050": 2, "14039": 1, "14120": 0, "": 3}
    assert {r.key: r.items for r in portfolio["axis"]} == {"economic": 3, "": 2, "creative": 1}
