"""Home (the user's missions), new mission, and the mission dashboard."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from convoy.missions.models import Mission
from convoy.missions.services.summary import summarize_mission
from convoy.web.models import Membership, Role
from convoy.web.permissions import can_create_mission, can_manage, visible_missions
from convoy.web.services.readiness import readiness
from convoy.web.views.base import mission_access, page, require


@login_required
def home(request: HttpRequest) -> HttpResponse:
    missions = visible_missions(user=request.user).select_related("organizer").order_by("-start_date")
    return render(
        request,
        "convoy/web/home.html",
        {"missions": missions, "can_create": can_create_mission(user=request.user)},
    )


class MissionForm(forms.ModelForm):
    class Meta:
        model = Mission
        fields = ["slug", "title", "language", "organizer", "start_date", "end_date", "summary"]
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}),
            "end_date": forms.DateInput(attrs={"type": "date"}),
        }


@login_required
def new_mission(request: HttpRequest) -> HttpResponse:
    require(can_create_mission(user=request.user))
    form = MissionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            mission = form.save()
            Membership.objects.create(user=request.user, mission=mission, role=Role.ORGANIZER)
        messages.success(request, _("Mission created. Now import its workbook or add its legs."))
        return redirect("web:dashboard", mission.slug)
    return render(
        request,
        "convoy/web/accounts/simple_form.html",
        {"form": form, "heading": _("New mission"), "button": _("Create the mission")},
    )


def dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    mission, access = mission_access(request, slug)
    return page(
        request,
        "convoy/web/dashboard.html",
        mission=mission,
        access=access,
        section="dashboard",
        summary=summarize_mission(mission=mission),
        checks=readiness(mission=mission) if can_manage(access=access) else (),
    )
