"""Suite-wide options.

``--db-only`` keeps only the tests that touch the database: `make test` runs the whole
suite on SQLite and then these again on PostgreSQL.
"""

from __future__ import annotations

import pytest

DB_FIXTURES = {"db", "transactional_db", "django_db_setup", "django_user_model", "admin_client"}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db-only",
        action="store_true",
        help="run only tests that use the database (for the PostgreSQL pass)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.getoption("--db-only"):
        return
    keep, drop = [], []
    for item in items:
        uses_db = item.get_closest_marker("django_db") is not None or bool(
            DB_FIXTURES & set(getattr(item, "fixturenames", ()))
        )
        (keep if uses_db else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
    items[:] = keep
