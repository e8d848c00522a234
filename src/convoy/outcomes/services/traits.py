"""What the report says about each meeting: its axis, its sector, who attends a leg.

A request's axis is the one most named by the counterpart's interests (then the
delegation's; ties go to the mission's axis order); its sector is the SCIAN sector of the
counterpart's first code; an activity's sector is its host's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from convoy.missions.models import Delegation, Interest, MeetingRequest, Mission
from convoy.reference import scian


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


def delegations_by_leg(*, mission: Mission) -> dict[int, tuple[int, ...]]:
    """Leg id → the delegations that list it among the legs they attend."""
    found: dict[int, list[int]] = {}
    for delegation in Delegation.objects.filter(mission=mission).prefetch_related("legs"):
        for leg in delegation.legs.all():
            found.setdefault(leg.pk, []).append(delegation.pk)
    return {leg: tuple(pks) for leg, pks in found.items()}
