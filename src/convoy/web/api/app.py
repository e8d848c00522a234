"""The API object: token authentication, structured errors, one router per resource."""

from __future__ import annotations

from ninja import NinjaAPI

api = NinjaAPI(title="Convoy API", version="1", urls_namespace="api")
