"""Missions, delegations and counterparts."""

from __future__ import annotations

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router

from convoy.missions.models import Counterpart, Delegation, Interest, MeetingRequest
from convoy.web.api.common import mission_for
from convoy.web.api.schemas import (
    CounterpartDetail,
    CounterpartOut,
    DelegationDetail,
    DelegationOut,
    InterestOut,
    LegOut,
    MissionDetail,
    MissionOut,
)
from convoy.web.permissions import (
    access_of,
    can_list_counterparts,
    can_manage,
    can_view_counterpart,
    can_view_delegation,
    can_view_private_notes,
    visible_missions,
)
from convoy.web.views.base import require

router = Router(tags=["missions"])


def _interest(i: Interest) -> InterestOut:
    return InterestOut(
        id=i.pk,
        direction=i.direction,
        kind=i.kind,
        axis=i.axis.code if i.axis else None,
        scian_codes=list(i.scian_codes),
        text=i.text,
        language=i.language,
    )


def _delegation(d: Delegation) -> DelegationOut:
    o = d.organization
    return DelegationOut(
        id=d.pk, key=o.key, name=o.name, kind=o.kind, priority=d.priority, parallel_tracks=d.parallel_tracks
    )


def _counterpart(c: Counterpart) -> CounterpartOut:
    o = c.organization
    return CounterpartOut(
        id=c.pk,
        key=o.key,
        name=o.name,
        kind=o.kind,
        leg=c.leg.code,
        confirmation=c.confirmation,
        capacity=c.capacity,
        marquee=c.marquee,
    )


@router.get("", response=list[MissionOut], summary="Missions you take part in")
def list_missions(request: HttpRequest) -> list[MissionOut]:
    missions = visible_missions(user=request.user).select_related("organizer").order_by("start_date", "slug")
    return [
        MissionOut(
            slug=m.slug,
            title=m.title,
            status=m.status,
            start_date=m.start_date,
            end_date=m.end_date,
            organizer=m.organizer.name,
            role=access_of(user=request.user, mission=m).role,
        )
        for m in missions
    ]


@router.get("/{slug}", response=MissionDetail, summary="One mission with its legs and counts")
def get_mission(request: HttpRequest, slug: str) -> MissionDetail:
    mission, access = mission_for(request, slug)
    legs = [
        LegOut(
            code=leg.code,
            city=leg.city,
            country=leg.country,
            time_zone=leg.time_zone,
            start_date=leg.start_date,
            end_date=leg.end_date,
        )
        for leg in mission.legs.order_by("order")
    ]
    return MissionDetail(
        slug=mission.slug,
        title=mission.title,
        status=mission.status,
        start_date=mission.start_date,
        end_date=mission.end_date,
        organizer=mission.organizer.name,
        role=access.role,
        legs=legs,
        delegations=Delegation.objects.filter(mission=mission).count(),
        counterparts=Counterpart.objects.filter(mission=mission).count(),
        requests=MeetingRequest.objects.filter(mission=mission).count(),
    )


@router.get("/{slug}/delegations", response=list[DelegationOut], summary="Delegations you may see")
def list_delegations(request: HttpRequest, slug: str) -> list[DelegationOut]:
    mission, access = mission_for(request, slug)
    rows = Delegation.objects.filter(mission=mission).select_related("organization")
    if not can_manage(access=access):
        rows = rows.filter(pk=access.delegation_id or 0)
    return [_delegation(d) for d in rows]


@router.get("/{slug}/delegations/{pk}", response=DelegationDetail, summary="A delegation's profile")
def get_delegation(request: HttpRequest, slug: str, pk: int) -> DelegationDetail:
    mission, access = mission_for(request, slug)
    found = get_object_or_404(Delegation.objects.select_related("organization"), mission=mission, pk=pk)
    require(can_view_delegation(access=access, delegation=found))
    return DelegationDetail(
        **_delegation(found).dict(),
        legs=[leg.code for leg in found.legs.order_by("order")],
        members=[p.name for p in found.members.all()],
        interests=[_interest(i) for i in found.interests.select_related("axis").order_by("pk")],
    )


@router.get("/{slug}/counterparts", response=list[CounterpartOut], summary="Counterparts you may see")
def list_counterparts(request: HttpRequest, slug: str) -> list[CounterpartOut]:
    mission, access = mission_for(request, slug)
    rows = Counterpart.objects.filter(mission=mission).select_related("organization", "leg")
    if not can_list_counterparts(access=access):
        rows = rows.filter(pk=access.counterpart_id or 0)
    return [_counterpart(c) for c in rows]


@router.get("/{slug}/counterparts/{pk}", response=CounterpartDetail, summary="A counterpart (notes: organizers only)")
def get_counterpart(request: HttpRequest, slug: str, pk: int) -> CounterpartDetail:
    mission, access = mission_for(request, slug)
    found = get_object_or_404(Counterpart.objects.select_related("organization", "leg"), mission=mission, pk=pk)
    require(can_view_counterpart(access=access, counterpart=found))
    return CounterpartDetail(
        **_counterpart(found).dict(),
        interests=[_interest(i) for i in found.interests.select_related("axis").order_by("pk")],
        private_notes=found.private_notes if can_view_private_notes(access=access) else None,
    )
