"""Meeting requests: ask with a reason, accept or decline, withdraw; overdue ones expire."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from convoy.missions.models import Counterpart, Delegation, MeetingRequest
from convoy.missions.models.choices import Language, Priority, RequestSource
from convoy.web.models import Role
from convoy.web.permissions import (
    Access,
    can_answer_request,
    can_make_request,
    can_withdraw_request,
    visible_requests,
)
from convoy.web.services.requests import RequestError, answer_request, expire_requests, make_request, withdraw_request
from convoy.web.views.base import english, mission_access, page, require


class RequestForm(forms.Form):
    delegation = forms.ModelChoiceField(label=gettext_lazy("Delegation"), queryset=Delegation.objects.none())
    counterpart = forms.ModelChoiceField(label=gettext_lazy("Counterpart"), queryset=Counterpart.objects.none())
    reason = forms.CharField(label=gettext_lazy("Why do you want to meet?"), widget=forms.Textarea, max_length=2000)
    language = forms.ChoiceField(label=gettext_lazy("Language of the reason"), choices=Language.choices)
    priority = forms.ChoiceField(label=gettext_lazy("Priority"), choices=Priority.choices, initial=Priority.NORMAL)

    def __init__(self, *args: object, access: Access, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        delegations = Delegation.objects.filter(mission_id=access.mission_id).select_related("organization")
        if not access.organizer:
            delegations = delegations.filter(pk=access.delegation_id)
        self.fields["delegation"].queryset = delegations  # type: ignore[attr-defined]
        counterparts = Counterpart.objects.filter(mission_id=access.mission_id).select_related("organization", "leg")
        self.fields["counterpart"].queryset = counterparts  # type: ignore[attr-defined]
        if access.delegation_id:
            self.fields["delegation"].initial = access.delegation_id


def requests(request: HttpRequest, slug: str) -> HttpResponse:
    mission, access = mission_access(request, slug)
    require(access.role != Role.VIEWER)
    expire_requests(mission_id=mission.pk)
    may_ask = access.organizer or access.role == Role.DELEGATION
    initial = {"counterpart": request.GET.get("counterpart"), "language": "en" if english() else "es"}
    form = RequestForm(request.POST or None, access=access, initial=initial) if may_ask else None
    if request.method == "POST" and form is not None and form.is_valid():
        data = form.cleaned_data
        require(can_make_request(access=access, delegation=data["delegation"]))
        try:
            make_request(
                delegation=data["delegation"],
                counterpart=data["counterpart"],
                reason=data["reason"],
                language=data["language"],
                priority=data["priority"],
                source=RequestSource.ORGANIZER if access.organizer else RequestSource.DELEGATION,
                made_by=request.user,  # type: ignore[arg-type]
            )
        except RequestError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your request was sent."))
            return redirect("web:requests", slug)
    rows = visible_requests(access=access, requests=MeetingRequest.objects.all()).select_related(
        "delegation__organization", "counterpart__organization", "counterpart__leg", "term"
    )
    shown = [
        (r, can_answer_request(access=access, request=r), can_withdraw_request(access=access, request=r)) for r in rows
    ]
    return page(
        request, "convoy/web/requests.html", mission=mission, access=access, section="requests", rows=shown, form=form
    )


def act_on_request(request: HttpRequest, slug: str, pk: int, action: str) -> HttpResponse:
    mission, access = mission_access(request, slug)
    found = get_object_or_404(MeetingRequest, mission=mission, pk=pk)
    if action == "withdraw":
        require(can_withdraw_request(access=access, request=found))
    else:
        require(can_answer_request(access=access, request=found))
    try:
        if action == "withdraw":
            withdraw_request(request=found)
        else:
            answer_request(request=found, answer=action)
    except RequestError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The request is now %(status)s.") % {"status": found.get_status_display()})
    return redirect("web:requests", slug)
