"""Meetings of a mission, as the report counts them, and how fairly they reached delegations.

A meeting is an accepted meeting request (a delegation with a counterpart) or an activity
on the agenda other than travel. An activity that lists no delegations is for every
delegation attending its leg. A request's axis is the one most named by the counterpart's
interests (then the delegation's; ties go to the mission's axis order); its sector is the
SCIAN sector of the counterpart's first code; an activity's sector is its host's.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable

from convoy.missions.models import Activity, Delegation, Interest, MeetingRequest, Mission
from convoy.missions.models.choices import ActivityKind, RequestStatus
from convoy.outcomes.values import Fairness, Meeting
from convoy.reference import scian


def collect_meetings(*, mission: Mission) -> list[Meeting]:
    axis_of = request_axes(mission=mission)
    meetings = [
        Meeting(
            source="request",
            axis=axis_of(r),
            sector=sector_of(r.counterpart.organization.scian_codes),
            delegations=(r.delegation_id,),
        )
        for r in MeetingRequest.objects.filter(mission=mission, status=RequestStatus.ACCEPTED).select_related(
            "counterpart__organization"
        )
    ]
    by_leg = _delegations_by_leg(mission=mission)
    activities = (
        Activity.objects.filter(mission=mission)
        .exclude(kind=ActivityKind.TRAVEL)
        .select_related("axis", "host__organization")
        .prefetch_related("delegations")
    )
    for activity in activities:
        listed = tuple(d.pk for d in activity.delegations.all()) or by_leg.get(activity.leg_id, ())
        meetings.append(
            Meeting(
                source="activity",
                axis=activity.axis.code if activity.axis else "",
                sector=sector_of(activity.host.organization.scian_codes if activity.host else []),
                delegations=listed,
            )
        )
    return meetings


def meetings_per_delegation(*, mission: Mission, meetings: list[Meeting]) -> dict[int, int]:
    """Delegation id → meetings it took part in (zero included)."""
    counts = dict.fromkeys(Delegation.objects.filter(mission=mission).values_list("pk", flat=True), 0)
    for meeting in meetings:
        for pk in meeting.delegations:
            counts[pk] += 1
    return counts


def measure_fairness(*, mission: Mission, per_delegation: dict[int, int]) -> Fairness:
    values = sorted(per_delegation.values())
    small = set(Delegation.objects.filter(mission=mission, organization__small=True).values_list("pk", flat=True))
    return Fairness(
        delegations=len(values),
        served=sum(1 for v in values if v > 0),
        minimum=values[0] if values else 0,
        median=float(statistics.median(values)) if values else 0.0,
        maximum=values[-1] if values else 0,
        gini=gini(values),
        small=len(small),
        small_served=sum(1 for pk in small if per_delegation.get(pk, 0) > 0),
    )


def gini(values: list[int]) -> float:
    """Gini coefficient of non-negative counts: 0 when all equal, towards 1 when one has all."""
    n, total = len(values), sum(values)
    if n == 0 or total == 0:
        return 0.0
    ordered = sorted(values)
    weighted = sum((2 * (i + 1) - n - 1) * v for i, v in enumerate(ordered))
    return weighted / (n * total)


def request_axes(*, mission: Mission) -> Callable[[MeetingRequest], str]:
    """A function giving the axis of a request of ``mission`` (see the module's rule)."""
    order = {axis.code: axis.order for axis in mission.axes.all()}
    interest_axes = _interest_axes(mission=mission)

    def axis_of(request: MeetingRequest) -> str:
        codes = interest_axes.get(("c", request.counterpart_id)) or interest_axes.get(("d", request.delegation_id))
        return _main_axis(codes or [], order=order)

    return axis_of


def _interest_axes(*, mission: Mission) -> dict[tuple[str, int], list[str]]:
    found: dict[tuple[str, int], list[str]] = {}
    interests = Interest.objects.filter(axis__mission=mission).select_related("axis")
    for interest in interests:
        owner = ("c", interest.counterpart_id) if interest.counterpart_id else ("d", interest.delegation_id)
        found.setdefault(owner, []).append(interest.axis.code)
    return found


def _main_axis(codes: list[str], *, order: dict[str, int]) -> str:
    if not codes:
        return ""
    counts = Counter(codes)
    return min(counts, key=lambda code: (-counts[code], order.get(code, 0), code))


def sector_of(codes: list[str]) -> str:
    """The SCIAN sector (as printed: "54", "31-33") of the first code, "" without codes."""
    return scian.sector_label(codes[0]) if codes else ""


def sector_title(*, key: str, lang: str) -> str:
    """ "54 Servicios profesionales…" for a sector key, "" for none."""
    if not key:
        return ""
    found = scian.sector(scian.RANGE_SECTORS.get(key, (key,))[0])
    return f"{key} {found.title(lang)}" if found else key


def _delegations_by_leg(*, mission: Mission) -> dict[int, tuple[int, ...]]:
    found: dict[int, list[int]] = {}
    for delegation in Delegation.objects.filter(mission=mission).prefetch_related("legs"):
        for leg in delegation.legs.all():
            found.setdefault(leg.pk, []).append(delegation.pk)
    return {leg: tuple(pks) for leg, pks in found.items()}
