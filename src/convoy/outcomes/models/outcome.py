"""What a meeting or a mission produced, who claims it, and its pipeline history."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from convoy.missions.models import Activity, MeetingRequest, Mission, Organization
from convoy.missions.models.base import Provenance
from convoy.missions.models.choices import Language
from convoy.outcomes.models.choices import ClaimRole, OutcomeKind, ProjectType, Stage
from convoy.outcomes.models.project import Project


class Outcome(Provenance):
    """One result: of a meeting (a request or an activity) or of the mission as a whole."""

    mission = models.ForeignKey(Mission, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="outcomes")
    key = models.SlugField(_("identifier"), max_length=80)
    kind = models.CharField(_("kind"), max_length=20, choices=OutcomeKind.choices)
    title = models.CharField(_("title"), max_length=300)
    language = models.CharField(_("language of the title"), max_length=2, choices=Language.choices, default=Language.ES)
    request = models.ForeignKey(
        MeetingRequest,
        verbose_name=_("meeting"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outcomes",
    )
    activity = models.ForeignKey(
        Activity, verbose_name=_("activity"), null=True, blank=True, on_delete=models.SET_NULL, related_name="outcomes"
    )
    project = models.ForeignKey(
        Project, verbose_name=_("project"), null=True, blank=True, on_delete=models.PROTECT, related_name="outcomes"
    )
    project_type = models.CharField(_("project type"), max_length=20, choices=ProjectType.choices, blank=True)
    forecast = models.BooleanField(
        _("forecast"),
        default=False,
        help_text=_("The organizer's expectation for the whole mission: shown beside the targets, never added."),
    )
    stage = models.CharField(_("stage"), max_length=12, choices=Stage.choices, default=Stage.LEAD)
    members = models.ManyToManyField(
        Organization, verbose_name=_("working group members"), related_name="working_groups", blank=True
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")
        ordering = ["mission", "key"]
        constraints = [
            models.UniqueConstraint(fields=["mission", "key"], name="outcome_key_unique_per_mission"),
            models.CheckConstraint(
                condition=models.Q(request__isnull=True) | models.Q(activity__isnull=True),
                name="outcome_one_meeting",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class StageTransition(models.Model):
    """The outcome reached ``stage`` on ``date``; evidence says how we know, reason why it was lost."""

    outcome = models.ForeignKey(
        Outcome, verbose_name=_("outcome"), on_delete=models.CASCADE, related_name="transitions"
    )
    stage = models.CharField(_("stage"), max_length=12, choices=Stage.choices)
    date = models.DateField(_("date"))
    evidence = models.TextField(_("evidence"), blank=True)
    reason = models.TextField(_("reason lost"), blank=True)

    class Meta:
        verbose_name = _("stage transition")
        verbose_name_plural = _("stage transitions")
        ordering = ["outcome", "date", "id"]
        constraints = [models.UniqueConstraint(fields=["outcome", "stage"], name="transition_stage_once")]

    def __str__(self) -> str:
        return f"{self.stage} {self.date:%Y-%m-%d}"


class Claim(models.Model):
    """An organization claiming an outcome, with its role in it."""

    outcome = models.ForeignKey(Outcome, verbose_name=_("outcome"), on_delete=models.CASCADE, related_name="claims")
    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), on_delete=models.PROTECT, related_name="claims"
    )
    role = models.CharField(_("role"), max_length=10, choices=ClaimRole.choices)

    class Meta:
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        ordering = ["outcome", "role", "organization__name"]
        constraints = [models.UniqueConstraint(fields=["outcome", "organization"], name="claim_unique_per_outcome")]

    def __str__(self) -> str:
        return f"{self.organization} ({self.role})"
