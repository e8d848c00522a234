"""Background planning runs and the slots closed by a re-plan."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from convoy.agenda.models.choices import RunKind, RunStatus
from convoy.agenda.models.version import AgendaVersion
from convoy.missions.models import Leg, Mission


class PlanningRun(models.Model):
    """One request to plan (or re-plan) a mission, carried out by a background task."""

    mission = models.ForeignKey(
        Mission, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="planning_runs"
    )
    kind = models.CharField(_("kind"), max_length=8, choices=RunKind.choices, default=RunKind.PLAN)
    status = models.CharField(_("status"), max_length=8, choices=RunStatus.choices, default=RunStatus.QUEUED)
    time_limit = models.FloatField(_("time limit (seconds)"), default=10.0)
    changes = models.JSONField(_("changes asked"), default=dict, blank=True)
    created_by = models.CharField(_("created by"), max_length=120, blank=True)
    task_id = models.CharField(_("task id"), max_length=64, blank=True)
    progress = models.FloatField(_("progress"), default=0.0, help_text=_("Fraction done, 0 to 1."))
    message = models.CharField(_("progress message"), max_length=300, blank=True)
    error = models.TextField(_("error"), blank=True)
    version = models.ForeignKey(
        AgendaVersion,
        verbose_name=_("agenda version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("planning run")
        verbose_name_plural = _("planning runs")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.mission.slug} #{self.pk} {self.status}"


class ClosedSlot(models.Model):
    """A slot of one day that may no longer be used (a re-plan's ``--remove-slot``)."""

    mission = models.ForeignKey(
        Mission, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="closed_slots"
    )
    leg = models.ForeignKey(Leg, verbose_name=_("leg"), on_delete=models.CASCADE, related_name="closed_slots")
    date = models.DateField(_("date"))
    start = models.TimeField(_("starts"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("closed slot")
        verbose_name_plural = _("closed slots")
        ordering = ["leg", "date", "start"]
        constraints = [models.UniqueConstraint(fields=["leg", "date", "start"], name="closed_slot_unique")]

    def __str__(self) -> str:
        return f"{self.leg.code} {self.date} {self.start:%H:%M}"
