"""Forms of the account pages: throttled login, invitation acceptance, API tokens."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, SetPasswordMixin
from django.contrib.auth.models import User
from django.utils.translation import gettext_lazy as _

from convoy.web.services.throttle import forget_failures, is_blocked, record_failure


class ThrottledLoginForm(AuthenticationForm):
    """Django's login form, refused while the account or the address has too many recent failures."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "throttled": _("Too many failed attempts. Wait a few minutes and try again."),
    }

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username") or ""
        address = str(self.request.META.get("REMOTE_ADDR") or "0.0.0.0") if self.request else "0.0.0.0"
        if is_blocked(username=username, address=address):
            raise forms.ValidationError(self.error_messages["throttled"], code="throttled")
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            record_failure(username=username, address=address)
            raise
        forget_failures(username=username)
        return cleaned


class AcceptInvitationForm(SetPasswordMixin, forms.Form):
    username = forms.CharField(label=_("Username"), max_length=150)
    password1, password2 = SetPasswordMixin.create_password_fields()

    def clean_username(self) -> str:
        username = self.cleaned_data["username"]
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("This username is taken; choose another."))
        return str(username)

    def clean(self) -> dict[str, Any]:
        self.validate_passwords()
        password = self.cleaned_data.get("password1")
        if password:
            try:
                password_validation.validate_password(password, User(username=self.cleaned_data.get("username", "")))
            except forms.ValidationError as error:
                self.add_error("password2", error)
        return self.cleaned_data


class TokenForm(forms.Form):
    name = forms.CharField(label=_("Name of the token"), max_length=80, help_text=_("e.g. the script that uses it"))
