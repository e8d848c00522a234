"""Helpers to read validation results as (path, message) pairs in a given language."""

from __future__ import annotations

from typing import Any

from django.utils import translation

from convoy.exchange.document import format_path
from convoy.exchange.validate import validate_document


def issues_of(document: Any, *, language: str = "en") -> list[tuple[str, str]]:
    with translation.override(language):
        return [(format_path(i.path), i.message) for i in validate_document(document).issues]
