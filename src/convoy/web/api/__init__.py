"""The REST API (django-ninja; OpenAPI at /api/docs)."""

from convoy.web.api.app import api

__all__ = ["api"]
