"""Who took part in a mission, counted the way the press summary speaks of it."""

from __future__ import annotations

from convoy.missions.models import Counterpart, Delegation, Mission, Organization
from convoy.missions.models.choices import OrganizationKind
from convoy.outcomes.report.data import Participation
from convoy.outcomes.services.places import state_key
from convoy.reference import inegi

BUSINESS = frozenset(
    {OrganizationKind.COMPANY, OrganizationKind.CHAMBER, OrganizationKind.INVESTOR, OrganizationKind.CLUSTER}
)


def count_participation(*, mission: Mission) -> Participation:
    delegations = [d.organization for d in Delegation.objects.filter(mission=mission).select_related("organization")]
    municipalities = [o for o in delegations if o.kind == OrganizationKind.MUNICIPALITY]
    governments = [o for o in delegations if o.kind == OrganizationKind.STATE and o.country == "MX"]
    partners = {c.organization for c in Counterpart.objects.filter(mission=mission).select_related("organization")}
    business = {o for o in partners if o.kind in BUSINESS}
    return Participation(
        delegations=len(delegations),
        municipalities=len(municipalities),
        municipality_states=len({state_key(o) for o in municipalities}),
        state_governments=len(governments),
        other_delegations=len(delegations) - len(municipalities) - len(governments),
        states_represented=len({state_key(o) for o in municipalities + governments}),
        counterparts=len(partners),
        companies_and_chambers=len(business),
        other_counterparts=len(partners) - len(business),
        single_delegation=short_name(delegations[0]) if len(delegations) == 1 else "",
    )


def short_name(org: Organization) -> str:
    """A state government by its state's name ("Aguascalientes"), anything else by its own."""
    if org.kind == OrganizationKind.STATE and org.inegi_key:
        state = inegi.state(org.inegi_key)
        return state.name if state else org.name
    return org.name
