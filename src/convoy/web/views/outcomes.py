"""Outcome entry per meeting: what the meeting produced, logged by the organizer or the delegation."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from convoy.missions.models import MeetingRequest
from convoy.missions.models.choices import Language
from convoy.outcomes.models import Outcome
from convoy.outcomes.models.choices import OutcomeKind
from convoy.web.permissions import can_record_outcome
from convoy.web.services.outcomes import record_outcome
from convoy.web.views.base import english, mission_access, page, require


class OutcomeForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("What it produced"), choices=OutcomeKind.choices)
    title = forms.CharField(label=gettext_lazy("Title"), max_length=300)
    language = forms.ChoiceField(label=gettext_lazy("Language of the title"), choices=Language.choices)
    description = forms.CharField(label=gettext_lazy("Details"), widget=forms.Textarea, required=False)


def meeting_outcomes(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    mission, access = mission_access(request, slug)
    meeting = get_object_or_404(
        MeetingRequest.objects.select_related("delegation__organization", "counterpart__organization"),
        mission=mission,
        pk=pk,
    )
    require(can_record_outcome(access=access, request=meeting))
    form = OutcomeForm(request.POST or None, initial={"language": "en" if english() else "es"})
    if request.method == "POST" and form.is_valid():
        try:
            record_outcome(request=meeting, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The outcome was recorded."))
            return redirect("web:meeting_outcomes", slug, pk)
    return page(
        request,
        "convoy/web/outcomes.html",
        mission=mission,
        access=access,
        section="requests",
        meeting=meeting,
        outcomes=Outcome.objects.filter(request=meeting).order_by("key"),
        form=form,
    )
