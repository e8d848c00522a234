"""Rules of the itinerary: axes, objectives, legs with their breaks, venues and travel times."""

from __future__ import annotations

from django.utils.translation import gettext as _

from convoy.exchange.document import Issue
from convoy.exchange.nodes import Node, index_unique, out_of_order, show
from convoy.exchange.references import Context
from convoy.exchange.rules_organizations import check_subdivision


def check_itinerary(context: Context) -> list[Issue]:
    mission = context.mission
    issues: list[Issue] = []
    for name in ("axes", "objectives", "legs"):
        issues += index_unique(mission.children[name])[1]
    for leg in mission.children["legs"]:
        issues += check_leg(leg, mission=mission)
    return issues


def check_leg(leg: Node, *, mission: Node) -> list[Issue]:
    issues = check_subdivision(leg) + _check_leg_dates(leg, mission=mission) + _check_day(leg)
    issues += index_unique(leg.children["breaks"])[1]
    for pause in leg.children["breaks"]:
        if out_of_order(pause, "start", "end"):
            issues.append(Issue(pause.at("end"), _("The end must be after the start.")))
    issues += index_unique(leg.children["venues"])[1]
    issues += _check_travel_times(leg)
    return issues


def _check_leg_dates(leg: Node, *, mission: Node) -> list[Issue]:
    if out_of_order(leg, "start_date", "end_date", strict=False):
        return [Issue(leg.at("end_date"), _("The end date is before the start date."))]
    if not (leg.ok("start_date", "end_date") and mission.ok("start_date", "end_date")):
        return []
    start, end = leg.values["start_date"], leg.values["end_date"]
    first, last = mission.values["start_date"], mission.values["end_date"]
    if first <= start and end <= last:  # type: ignore[operator]
        return []
    field = "start_date" if start < first else "end_date"  # type: ignore[operator]
    message = _("The dates of the leg (%(start)s to %(end)s) fall outside the mission's dates (%(first)s to %(last)s).")
    values = {"start": show(start), "end": show(end), "first": show(first), "last": show(last)}
    return [Issue(leg.at(field), message % values)]


def _check_day(leg: Node) -> list[Issue]:
    if out_of_order(leg, "day_start", "day_end"):
        return [Issue(leg.at("day_end"), _("The end must be after the start."))]
    if not leg.ok("day_start", "day_end", "afternoon_start"):
        return []
    start, end, afternoon = (leg.values[name] for name in ("day_start", "day_end", "afternoon_start"))
    if start <= afternoon <= end:  # type: ignore[operator]
        return []
    return [
        Issue(
            leg.at("afternoon_start"),
            _("The afternoon must start within the day (%(start)s to %(end)s).")
            % {"start": show(start), "end": show(end)},
        )
    ]


def _check_travel_times(leg: Node) -> list[Issue]:
    issues = index_unique(leg.children["travel_times"])[1]
    venues = {v.text("code") for v in leg.children["venues"] if v.ok("code")}
    for travel in leg.children["travel_times"]:
        for name in ("from", "to"):
            if travel.ok(name) and travel.text(name) not in venues:
                issues.append(
                    Issue(
                        travel.at(name),
                        _("There is no venue “%(key)s” in the leg “%(leg)s”.")
                        % {"key": travel.text(name), "leg": leg.text("code")},
                    )
                )
        if travel.ok("from", "to") and travel.text("from") == travel.text("to"):
            issues.append(Issue(travel.at("to"), _("A travel time needs two different venues.")))
    return issues
