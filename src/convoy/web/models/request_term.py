"""When a meeting request was made, by whom, and until when it waits for an answer."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from convoy.missions.models import MeetingRequest


class RequestTerm(models.Model):
    request = models.OneToOneField(
        MeetingRequest, verbose_name=_("meeting request"), on_delete=models.CASCADE, related_name="term"
    )
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("made by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    made_at = models.DateTimeField(_("made"), auto_now_add=True)
    expires_at = models.DateTimeField(_("answer by"), db_index=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("request term")
        verbose_name_plural = _("request terms")

    def __str__(self) -> str:
        return f"{self.request} until {self.expires_at:%Y-%m-%d}"
