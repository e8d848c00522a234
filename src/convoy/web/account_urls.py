"""Routes of the account pages (login, logout, password reset and change, invitations, profile)."""

from django.contrib.auth import views as auth
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from convoy.web.views import accounts

FORM = "convoy/web/accounts/simple_form.html"


def _texts(heading: str, intro: str = "", button: str = "") -> dict[str, object]:
    return {"heading": heading, "intro": intro, "button": button}


urlpatterns = [
    path("accounts/login/", accounts.ConvoyLoginView.as_view(), name="login"),
    path("accounts/logout/", auth.LogoutView.as_view(), name="logout"),
    path("accounts/profile/", accounts.profile, name="profile"),
    path("accounts/tokens/<int:token_id>/revoke/", accounts.revoke, name="revoke_token"),
    path("invitations/<str:token>/", accounts.accept, name="accept_invitation"),
    path(
        "accounts/password-reset/",
        auth.PasswordResetView.as_view(
            template_name=FORM,
            email_template_name="convoy/web/accounts/reset_email.txt",
            subject_template_name="convoy/web/accounts/reset_subject.txt",
            success_url=reverse_lazy("web:password_reset_done"),
            extra_context=_texts(
                _("Reset my password"), _("We will send a link to the address of your account."), _("Send the link")
            ),
        ),
        name="password_reset",
    ),
    path(
        "accounts/password-reset/sent/",
        auth.PasswordResetDoneView.as_view(
            template_name=FORM,
            extra_context=_texts(
                _("Check your e-mail"), _("If an account has that address, a link to reset its password is on its way.")
            ),
        ),
        name="password_reset_done",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        auth.PasswordResetConfirmView.as_view(
            template_name="convoy/web/accounts/reset_confirm.html",
            success_url=reverse_lazy("web:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "accounts/reset/done/",
        auth.PasswordResetCompleteView.as_view(
            template_name=FORM, extra_context=_texts(_("Password changed"), _("You can log in with the new password."))
        ),
        name="password_reset_complete",
    ),
    path(
        "accounts/password/",
        auth.PasswordChangeView.as_view(
            template_name=FORM,
            success_url=reverse_lazy("web:password_change_done"),
            extra_context=_texts(_("Change my password"), "", _("Change")),
        ),
        name="password_change",
    ),
    path(
        "accounts/password/done/",
        auth.PasswordChangeDoneView.as_view(template_name=FORM, extra_context=_texts(_("Password changed"))),
        name="password_change_done",
    ),
]
