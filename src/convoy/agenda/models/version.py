"""Agenda versions and their placements (DESIGN.md §2 ``Agenda``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from convoy.agenda.models.choices import Origin, PlacementKind, VersionStatus
from convoy.missions.models import Activity, Counterpart, Delegation, Leg, MeetingRequest, Mission, Venue


class AgendaVersion(models.Model):
    """One agenda of a mission, numbered 1, 2, … ; draft → published → superseded.

    ``problem`` and ``result`` keep the planning JSON as solved (for audit and repair);
    ``verdict`` keeps the independent checker's verdict and objective terms.
    """

    mission = models.ForeignKey(
        Mission, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="agenda_versions"
    )
    number = models.PositiveIntegerField(_("number"))
    status = models.CharField(_("status"), max_length=12, choices=VersionStatus.choices, default=VersionStatus.DRAFT)
    origin = models.CharField(_("origin"), max_length=8, choices=Origin.choices, default=Origin.SOLVER)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.CharField(_("created by"), max_length=120, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True, help_text=_("What was asked, e.g. the changes of a re-plan."))
    left_out = models.JSONField(
        _("left out of the problem"),
        default=list,
        blank=True,
        help_text=_("What of the mission could not go into the planning problem, and why."),
    )
    problem = models.JSONField(_("planning problem"))
    result = models.JSONField(_("planning result"))
    verdict = models.JSONField(_("checker report"), default=dict)
    objective = models.JSONField(_("objective per tier"), default=list)
    statistics = models.JSONField(_("statistics"), default=dict)
    bound = models.FloatField(_("bound"), default=0.0)
    gap = models.FloatField(_("gap"), default=0.0)
    solver = models.CharField(_("solver"), max_length=60, blank=True)
    solver_version = models.CharField(_("solver version"), max_length=40, blank=True)

    class Meta:
        verbose_name = _("agenda version")
        verbose_name_plural = _("agenda versions")
        ordering = ["mission", "number"]
        constraints = [
            models.UniqueConstraint(fields=["mission", "number"], name="agenda_version_number_unique"),
            models.UniqueConstraint(
                fields=["mission"],
                condition=models.Q(status=VersionStatus.PUBLISHED),
                name="agenda_one_published_per_mission",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.mission.slug} v{self.number} ({self.status})"


class Placement(models.Model):
    """One activity of a version at a date, local times and venue, with who takes part.

    ``key`` is the activity's id in the planning problem (``req:<pk>``, ``act:<code>``);
    ``participants`` lists the problem ids in the solver's order and ``tracks`` the lane
    of each (same order). ``day``/``start_slot``/``slots`` locate it on the problem's grid.
    """

    version = models.ForeignKey(
        AgendaVersion, verbose_name=_("agenda version"), on_delete=models.CASCADE, related_name="placements"
    )
    key = models.CharField(_("key"), max_length=120)
    kind = models.CharField(_("kind"), max_length=16, choices=PlacementKind.choices)
    request = models.ForeignKey(
        MeetingRequest,
        verbose_name=_("meeting request"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="placements",
    )
    activity = models.ForeignKey(
        Activity,
        verbose_name=_("activity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="placements",
    )
    leg = models.ForeignKey(Leg, verbose_name=_("leg"), on_delete=models.CASCADE, related_name="placements")
    date = models.DateField(_("date"))
    start = models.TimeField(_("starts"))
    end = models.TimeField(_("ends"))
    day = models.CharField(_("day in the problem"), max_length=80, blank=True)
    start_slot = models.PositiveSmallIntegerField(_("first slot"), null=True, blank=True)
    slots = models.PositiveSmallIntegerField(_("slots"), null=True, blank=True)
    venue = models.ForeignKey(
        Venue, verbose_name=_("venue"), null=True, blank=True, on_delete=models.SET_NULL, related_name="placements"
    )
    delegations = models.ManyToManyField(
        Delegation, verbose_name=_("delegations"), related_name="placements", blank=True
    )
    counterparts = models.ManyToManyField(
        Counterpart, verbose_name=_("counterparts"), related_name="placements", blank=True
    )
    participants = models.JSONField(_("participants (problem ids)"), default=list)
    tracks = models.JSONField(_("tracks"), default=list)
    confirmed = models.BooleanField(
        _("confirmed"), default=False, help_text=_("Confirmed with the participants; re-planning keeps it in place.")
    )

    class Meta:
        verbose_name = _("placement")
        verbose_name_plural = _("placements")
        ordering = ["version", "date", "start", "key"]
        constraints = [models.UniqueConstraint(fields=["version", "key"], name="placement_key_unique_per_version")]

    def __str__(self) -> str:
        return f"{self.key} {self.date} {self.start:%H:%M}"
