"""Where an item lands, what sector and country it involves, and its axis (for the portfolio)."""

from __future__ import annotations

from collections.abc import Callable

from convoy.missions.models import MeetingRequest, Mission, Organization
from convoy.missions.models.choices import OrganizationKind
from convoy.outcomes.models import Outcome
from convoy.outcomes.models.choices import ClaimRole
from convoy.outcomes.services.counting import Item
from convoy.outcomes.services.traits import request_axes, sector_of
from convoy.reference import inegi

MEXICAN_GOVERNMENTS = frozenset({OrganizationKind.MUNICIPALITY, OrganizationKind.STATE})


def location_of(outcome: Outcome) -> Organization | None:
    """The Mexican municipality or state that receives the outcome.

    The project's location when stated; else the delegation of the meeting; else the
    municipality or state that claims it as lead; else the mission's organizer.
    """
    if outcome.project_id and outcome.project.location_id:
        return outcome.project.location
    if outcome.request_id:
        return outcome.request.delegation.organization
    for claim in outcome.claims.all():
        if claim.role == ClaimRole.LEAD and claim.organization.kind in MEXICAN_GOVERNMENTS:
            return claim.organization
    return outcome.mission.organizer


def state_key(org: Organization | None) -> str:
    """Two-digit INEGI key of the organization's Mexican state, "" outside Mexico."""
    if org is None:
        return ""
    if org.inegi_key:
        return org.inegi_key[:2]
    if org.subdivision.startswith("MX-"):
        state = inegi.state_by_iso(org.subdivision)
        return state.key if state else ""
    return ""


def municipality_key(org: Organization | None) -> str:
    return org.inegi_key if org is not None and org.kind == OrganizationKind.MUNICIPALITY else ""


def partner_of(outcome: Outcome) -> Organization | None:
    """The foreign side: the project's investor, else the counterpart met, else the activity's host."""
    if outcome.project_id and outcome.project.investor_id:
        return outcome.project.investor
    if outcome.request_id:
        return outcome.request.counterpart.organization
    if outcome.activity_id and outcome.activity.host_id:
        return outcome.activity.host.organization
    return None


def sector_key(outcome: Outcome) -> str:
    if outcome.project_id and outcome.project.scian_codes:
        return sector_of(outcome.project.scian_codes)
    partner = partner_of(outcome)
    return sector_of(partner.scian_codes) if partner is not None else ""


def country_key(outcome: Outcome) -> str:
    partner = partner_of(outcome)
    return partner.country if partner is not None else ""


class AxisFinder:
    """The axis of an outcome: its activity's, else its request's (meetings rule), else none."""

    def __init__(self) -> None:
        self._by_mission: dict[int, Callable[[MeetingRequest], str]] = {}

    def __call__(self, outcome: Outcome) -> str:
        if outcome.activity_id and outcome.activity.axis_id:
            return str(outcome.activity.axis.code)
        if outcome.request_id:
            return self._for(outcome.mission)(outcome.request)
        return ""

    def _for(self, mission: Mission) -> Callable[[MeetingRequest], str]:
        if mission.pk not in self._by_mission:
            self._by_mission[mission.pk] = request_axes(mission=mission)
        return self._by_mission[mission.pk]


def dimension_keys(*, item: Item, axis_of: AxisFinder) -> dict[str, str]:
    outcome = item.representative
    location = location_of(outcome)
    return {
        "state": state_key(location),
        "municipality": municipality_key(location),
        "sector": sector_key(outcome),
        "country": country_key(outcome),
        "axis": axis_of(outcome),
    }
