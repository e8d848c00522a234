"""Delegations: the organizer's list, and a delegation's profile with its needs and offers."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from convoy.missions.models import Axis, Delegation, Interest
from convoy.web.permissions import can_edit_delegation, can_manage, can_view_delegation
from convoy.web.services.sectors import pick_sectors, sector_titles
from convoy.web.views.base import english, mission_access, page, require


class InterestForm(forms.ModelForm):
    scian_text = forms.CharField(
        label=gettext_lazy("SCIAN codes"),
        required=False,
        help_text=gettext_lazy("Codes separated by commas, or tick them in the search below."),
    )

    class Meta:
        model = Interest
        fields = ["direction", "kind", "axis", "text", "language"]

    def __init__(self, *args: object, mission_id: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["axis"].queryset = Axis.objects.filter(mission_id=mission_id)  # type: ignore[attr-defined]

    def codes(self, picked: list[str]) -> list[str]:
        typed = [c.strip() for c in (self.cleaned_data.get("scian_text") or "").split(",") if c.strip()]
        return list(dict.fromkeys([*typed, *picked]))


def delegations(request: HttpRequest, slug: str) -> HttpResponse:
    mission, access = mission_access(request, slug)
    require(can_manage(access=access))
    rows = Delegation.objects.filter(mission=mission).select_related("organization").prefetch_related("interests")
    return page(
        request, "convoy/web/delegations.html", mission=mission, access=access, section="delegations", rows=rows
    )


def delegation(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    mission, access = mission_access(request, slug)
    found = get_object_or_404(Delegation.objects.select_related("organization"), mission=mission, pk=pk)
    require(can_view_delegation(access=access, delegation=found))
    form = InterestForm(request.POST or None, mission_id=mission.pk)
    if request.method == "POST":
        require(can_edit_delegation(access=access, delegation=found))
        if form.is_valid():
            interest = form.save(commit=False)
            interest.delegation = found
            interest.scian_codes = form.codes(request.POST.getlist("scian_pick"))
            try:
                interest.full_clean()
            except forms.ValidationError as error:
                form.add_error("scian_text", error.message_dict.get("scian_codes", error.messages))
            else:
                interest.save()
                messages.success(request, _("The interest was added."))
                return redirect("web:delegation", slug, pk)
    language = "en" if english() else "es"
    interests = [
        (i, sector_titles(codes=list(i.scian_codes), language=language))
        for i in found.interests.select_related("axis").order_by("direction", "kind", "pk")
    ]
    return page(
        request,
        "convoy/web/delegation.html",
        mission=mission,
        access=access,
        section="delegations",
        delegation=found,
        interests=interests,
        members=found.members.all(),
        legs=found.legs.order_by("order"),
        form=form,
        sectors=sector_titles(codes=list(found.organization.scian_codes), language=language),
    )


@require_POST
def remove_interest(request: HttpRequest, slug: str, pk: int, interest: int) -> HttpResponse:
    mission, access = mission_access(request, slug)
    found = get_object_or_404(Delegation, mission=mission, pk=pk)
    require(can_edit_delegation(access=access, delegation=found))
    get_object_or_404(Interest, delegation=found, pk=interest).delete()
    messages.success(request, _("The interest was removed."))
    return redirect("web:delegation", slug, pk)


def sector_search(request: HttpRequest, slug: str) -> HttpResponse:
    """htmx: the picker's results for ``q`` (Spanish and English titles)."""
    mission_access(request, slug)
    text = request.GET.get("q", "")
    choices = pick_sectors(text=text, language="en" if english() else "es") if len(text.strip()) >= 2 else ()
    return render(request, "convoy/web/sector_results.html", {"choices": choices, "text": text})
