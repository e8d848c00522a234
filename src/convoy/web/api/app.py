"""The API object: token (or session) authentication, errors as structured JSON
``{"error": {"code": ..., "message": ...}}`` in the user's language, one router per resource."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import HttpBearer, django_auth

from convoy.web.services.api_tokens import user_of_token


class TokenAuth(HttpBearer):
    """``Authorization: Bearer <token>`` with a token made on the profile page."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = user_of_token(secret=token)
        if user is not None:
            request.user = user
        return user


api = NinjaAPI(
    title="Convoy API",
    version="1",
    description="Missions, delegations, counterparts, meeting requests, agendas and outcomes. "
    "Authenticate with `Authorization: Bearer TOKEN` (tokens are made on your profile page). "
    'Errors come as {"error": {"code", "message"}} in the language of Accept-Language.',
    auth=[TokenAuth(), django_auth],
    urls_namespace="api",
)


def error(request: HttpRequest, *, status: int, code: str, message: str, **extra: Any) -> HttpResponse:
    return api.create_response(request, {"error": {"code": code, "message": message, **extra}}, status=status)


@api.exception_handler(AuthenticationError)
def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return error(request, status=401, code="unauthenticated", message=_("Log in or send a valid API token."))


@api.exception_handler(PermissionDenied)
def forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return error(request, status=403, code="forbidden", message=_("You may not see or change this."))


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error(request, status=404, code="not_found", message=_("There is no such object."))


@api.exception_handler(ValidationError)
def invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    fields = [{"field": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")} for e in exc.errors]
    return error(request, status=422, code="invalid", message=_("The request is not valid."), fields=fields)


@api.exception_handler(HttpError)
def refused(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return error(request, status=exc.status_code, code="refused", message=str(exc))


def _routes() -> None:
    from convoy.web.api import agendas, missions, outcomes, requests, suggestions

    api.add_router("/missions", missions.router)
    api.add_router("/missions", requests.router)
    api.add_router("/missions", agendas.router)
    api.add_router("/missions", outcomes.router)
    api.add_router("/missions", suggestions.router)


_routes()
