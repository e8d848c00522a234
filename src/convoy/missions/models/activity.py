"""Activities on an agenda and meeting requests between delegations and counterparts."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from convoy.missions.models.base import Provenance
from convoy.missions.models.choices import ActivityKind, Language, Priority, RequestSource, RequestStatus, Session
from convoy.missions.models.mission import Axis, Leg, Mission, Venue
from convoy.missions.models.participation import Counterpart, Delegation


class Activity(Provenance):
    """Anything on an agenda: fixed (a plenary at a given time) or to be placed by the optimizer."""

    mission = models.ForeignKey(Mission, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="activities")
    code = models.SlugField(_("code"), max_length=80)
    leg = models.ForeignKey(Leg, verbose_name=_("leg"), on_delete=models.CASCADE, related_name="activities")
    kind = models.CharField(_("kind"), max_length=20, choices=ActivityKind.choices)
    title = models.CharField(_("title"), max_length=300)
    language = models.CharField(_("language of the title"), max_length=2, choices=Language.choices, default=Language.ES)
    axis = models.ForeignKey(
        Axis, verbose_name=_("axis"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    venue = models.ForeignKey(
        Venue, verbose_name=_("venue"), null=True, blank=True, on_delete=models.SET_NULL, related_name="activities"
    )
    host = models.ForeignKey(
        Counterpart,
        verbose_name=_("host"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_activities",
    )
    fixed = models.BooleanField(
        _("fixed"), default=False, help_text=_("Its time is set; otherwise the optimizer places it.")
    )
    date = models.DateField(_("date"), null=True, blank=True)
    start = models.TimeField(_("starts"), null=True, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), default=60, validators=[MinValueValidator(5)]
    )
    seats = models.PositiveSmallIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Delegations that can take part.")
    )
    public = models.BooleanField(_("public to the mission"), default=True)
    delegations = models.ManyToManyField(
        Delegation, verbose_name=_("delegations attending"), related_name="activities", blank=True
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["mission", "date", "start", "code"]
        constraints = [
            models.UniqueConstraint(fields=["mission", "code"], name="activity_code_unique_per_mission"),
            models.CheckConstraint(
                condition=models.Q(fixed=False) | models.Q(date__isnull=False, start__isnull=False),
                name="fixed_activity_has_time",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class MeetingRequest(Provenance):
    """Who wants to meet whom, why, and how it was answered."""

    mission = models.ForeignKey(Mission, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="requests")
    delegation = models.ForeignKey(
        Delegation, verbose_name=_("delegation"), on_delete=models.CASCADE, related_name="requests"
    )
    counterpart = models.ForeignKey(
        Counterpart, verbose_name=_("counterpart"), on_delete=models.CASCADE, related_name="requests"
    )
    source = models.CharField(
        _("source"), max_length=12, choices=RequestSource.choices, default=RequestSource.DELEGATION
    )
    priority = models.CharField(_("priority"), max_length=10, choices=Priority.choices, default=Priority.NORMAL)
    status = models.CharField(_("status"), max_length=12, choices=RequestStatus.choices, default=RequestStatus.PROPOSED)
    reason = models.TextField(_("reason"), blank=True)
    reason_language = models.CharField(
        _("language of the reason"), max_length=2, choices=Language.choices, default=Language.ES
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), default=30, validators=[MinValueValidator(5)]
    )
    session = models.CharField(_("session"), max_length=10, choices=Session.choices, default=Session.ANY)

    class Meta:
        verbose_name = _("meeting request")
        verbose_name_plural = _("meeting requests")
        ordering = ["mission", "delegation", "counterpart"]
        constraints = [
            models.UniqueConstraint(fields=["mission", "delegation", "counterpart"], name="request_unique_pair"),
        ]

    def __str__(self) -> str:
        return f"{self.delegation} → {self.counterpart}"
