"""A named constraint family: tier (0 = hard requirement), penalty name, texts, ``add``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from convoy.planning.model import Built


@dataclass(frozen=True)
class Rule:
    name: str
    tier: int
    penalty: str
    es: str
    en: str
    add: Callable[[Built], None]
