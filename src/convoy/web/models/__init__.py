"""Models of the web app: memberships, invitations, API tokens, login attempts, request terms."""

from convoy.web.models.access import ApiToken, Invitation, LoginAttempt
from convoy.web.models.membership import Membership, Role
from convoy.web.models.request_term import RequestTerm

__all__ = ["ApiToken", "Invitation", "LoginAttempt", "Membership", "RequestTerm", "Role"]
