"""Account pages: login (throttled), invitation acceptance, profile with API tokens."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from convoy.web.forms import AcceptInvitationForm, ThrottledLoginForm, TokenForm
from convoy.web.services.api_tokens import create_token, revoke_token
from convoy.web.services.invitations import InvitationError, accept_invitation, find_invitation


class ConvoyLoginView(LoginView):
    form_class = ThrottledLoginForm
    template_name = "convoy/web/accounts/login.html"
    redirect_authenticated_user = True


def accept(request: HttpRequest, token: str) -> HttpResponse:
    try:
        invitation = find_invitation(token=token)
    except InvitationError as error:
        return render(request, "convoy/web/accounts/invitation_invalid.html", {"reason": str(error)}, status=410)
    form = AcceptInvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = accept_invitation(
                token=token, username=form.cleaned_data["username"], password=form.cleaned_data["password1"]
            )
        except InvitationError as error:
            return render(request, "convoy/web/accounts/invitation_invalid.html", {"reason": str(error)}, status=410)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to %(mission)s.") % {"mission": invitation.mission.title})
        return redirect("web:dashboard", invitation.mission.slug)
    return render(request, "convoy/web/accounts/accept.html", {"invitation": invitation, "form": form})


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST or None)
    secret = ""
    if request.method == "POST" and form.is_valid():
        _token, secret = create_token(user=request.user, name=form.cleaned_data["name"])
        form = TokenForm()
    tokens = request.user.api_tokens.all()  # type: ignore[union-attr]
    return render(request, "convoy/web/accounts/profile.html", {"form": form, "tokens": tokens, "secret": secret})


@login_required
@require_POST
def revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    if revoke_token(user=request.user, token_id=token_id):  # type: ignore[arg-type]
        messages.success(request, _("The token was revoked."))
    return redirect("web:profile")
