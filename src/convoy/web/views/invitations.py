"""The organizer's invitations page: issue a link (copy it, or have it e-mailed), see open ones."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from convoy.missions.models import Counterpart, Delegation
from convoy.web.models import Invitation, Role
from convoy.web.permissions import can_manage
from convoy.web.services.invitations import InvitationError, issue_invitation, send_invitation
from convoy.web.views.base import mission_access, page, require


class InvitationForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail"))
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=Role.choices)
    delegation = forms.ModelChoiceField(
        label=gettext_lazy("Delegation (for a delegation member)"), queryset=Delegation.objects.none(), required=False
    )
    counterpart = forms.ModelChoiceField(
        label=gettext_lazy("Counterpart (for a counterpart contact)"),
        queryset=Counterpart.objects.none(),
        required=False,
    )
    send = forms.BooleanField(label=gettext_lazy("Send it by e-mail"), required=False, initial=True)

    def __init__(self, *args: object, mission_id: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["delegation"].queryset = Delegation.objects.filter(mission_id=mission_id).select_related(
            "organization"
        )  # type: ignore[attr-defined]
        self.fields["counterpart"].queryset = Counterpart.objects.filter(mission_id=mission_id).select_related(
            "organization", "leg"
        )  # type: ignore[attr-defined]


def invitations(request: HttpRequest, slug: str) -> HttpResponse:
    mission, access = mission_access(request, slug)
    require(can_manage(access=access))
    form = InvitationForm(request.POST or None, mission_id=mission.pk)
    link = ""
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        role = data["role"]
        try:
            issued = issue_invitation(
                mission=mission,
                email=data["email"],
                role=role,
                delegation=data["delegation"] if role == Role.DELEGATION else None,
                counterpart=data["counterpart"] if role == Role.COUNTERPART else None,
                created_by=request.user,  # type: ignore[arg-type]
            )
        except InvitationError as error:
            form.add_error(None, str(error))
        else:
            link = request.build_absolute_uri(reverse("web:accept_invitation", args=[issued.token]))
            if data["send"]:
                send_invitation(issued=issued, link=link)
                messages.success(request, _("The invitation was sent to %(email)s.") % {"email": data["email"]})
            form = InvitationForm(mission_id=mission.pk)
    open_ones = Invitation.objects.filter(mission=mission, used_at__isnull=True, expires_at__gt=timezone.now())
    return page(
        request,
        "convoy/web/invitations.html",
        mission=mission,
        access=access,
        section="invitations",
        form=form,
        link=link,
        invitations=open_ones.select_related("delegation__organization", "counterpart__organization"),
    )
