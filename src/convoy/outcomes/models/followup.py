"""Follow-up tasks: who does what by when, to move an outcome along."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from convoy.missions.models import Organization
from convoy.missions.models.base import Provenance
from convoy.missions.models.choices import Language
from convoy.outcomes.models.outcome import Outcome


class FollowUp(Provenance):
    outcome = models.ForeignKey(Outcome, verbose_name=_("outcome"), on_delete=models.CASCADE, related_name="follow_ups")
    task = models.CharField(_("task"), max_length=300)
    language = models.CharField(_("language of the task"), max_length=2, choices=Language.choices, default=Language.ES)
    owner = models.ForeignKey(
        Organization, verbose_name=_("owner"), on_delete=models.PROTECT, related_name="follow_ups"
    )
    person = models.CharField(_("person in charge"), max_length=200, blank=True)
    due = models.DateField(_("due date"))
    done = models.DateField(_("done on"), null=True, blank=True)

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["due", "id"]

    def __str__(self) -> str:
        return self.task
