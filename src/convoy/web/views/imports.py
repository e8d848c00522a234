"""The workbook import page: upload, every error listed, nothing stored on error."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from convoy.missions.models import Mission
from convoy.web.permissions import access_of, can_create_mission, can_manage
from convoy.web.services.imports import import_upload
from convoy.web.services.template_file import template_workbook
from convoy.web.views.base import require


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Workbook (.xlsx) or mission document (.json)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.json"}),
    )


@login_required
def import_page(request: HttpRequest) -> HttpResponse:
    slug = request.GET.get("mission", "")
    mission = get_object_or_404(Mission, slug=slug) if slug else None
    access = access_of(user=request.user, mission=mission) if mission else None
    require(can_manage(access=access) if access else can_create_mission(user=request.user))
    form = UploadForm(request.POST or None, request.FILES or None)
    errors: tuple[str, ...] = ()
    if request.method == "POST" and form.is_valid():
        outcome = import_upload(user=request.user, upload=form.cleaned_data["file"], expected=slug)  # type: ignore[arg-type]
        if outcome.mission is not None:
            messages.success(request, _("The file was imported into %(title)s.") % {"title": outcome.mission.title})
            return redirect("web:dashboard", outcome.mission.slug)
        errors = outcome.errors
    context = {"form": form, "errors": errors, "mission": mission, "access": access, "section": "import"}
    return render(request, "convoy/web/import.html", context, status=400 if errors else 200)


@login_required
def template_download(request: HttpRequest) -> FileResponse:
    return FileResponse(template_workbook(), as_attachment=True, filename="convoy-mission.xlsx")
