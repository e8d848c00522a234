"""Rules across the records of a mission: its dates, organizer, itinerary and participants."""

from __future__ import annotations

from django.utils.translation import gettext as _

from convoy.exchange.document import Issue
from convoy.exchange.nodes import Node, out_of_order
from convoy.exchange.references import build_context, need_organization
from convoy.exchange.rules_itinerary import check_itinerary
from convoy.exchange.rules_participants import check_participants


def check_mission(mission: Node, *, organizations: list[Node]) -> list[Issue]:
    issues: list[Issue] = []
    if out_of_order(mission, "start_date", "end_date", strict=False):
        issues.append(Issue(mission.at("end_date"), _("The end date is before the start date.")))
    context = build_context(mission, organizations=organizations)
    if mission.ok("organizer"):
        issues += need_organization(context, mission.text("organizer"), mission.at("organizer"))
    return issues + check_itinerary(context) + check_participants(context)
