"""Read the JSON catalogs shipped in ``convoy/reference/data``."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any


def read_catalog(name: str) -> dict[str, Any]:
    """The mapping stored in ``data/<name>`` (one entry per line, keys are strings)."""
    text = files("convoy.reference").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    catalog = json.loads(text)
    if not isinstance(catalog, dict):
        raise TypeError(f"{name} does not hold a JSON object")
    return catalog
