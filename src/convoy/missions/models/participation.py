"""Who takes part: delegations, counterparts with their availability, and interests."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from convoy.missions import validators
from convoy.missions.models.base import Provenance
from convoy.missions.models.choices import Confirmation, Direction, InterestKind, Language, Priority
from convoy.missions.models.mission import Axis, Leg, Mission, Venue
from convoy.missions.models.organization import Organization, Person


class Delegation(Provenance):
    """An organization taking part in a mission."""

    mission = models.ForeignKey(
        Mission, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="delegations"
    )
    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), on_delete=models.PROTECT, related_name="delegations"
    )
    legs = models.ManyToManyField(Leg, verbose_name=_("legs attended"), related_name="delegations", blank=True)
    members = models.ManyToManyField(Person, verbose_name=_("members"), related_name="delegations", blank=True)
    parallel_tracks = models.PositiveSmallIntegerField(
        _("parallel tracks"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_("How many activities the delegation can attend at the same time."),
    )
    priority = models.CharField(_("priority"), max_length=10, choices=Priority.choices, default=Priority.NORMAL)

    class Meta:
        verbose_name = _("delegation")
        verbose_name_plural = _("delegations")
        ordering = ["mission", "organization__name"]
        constraints = [
            models.UniqueConstraint(fields=["mission", "organization"], name="delegation_unique_per_mission"),
        ]

    def __str__(self) -> str:
        return str(self.organization)


class Counterpart(Provenance):
    """An organization met in a leg, with its capacity and the formats it accepts."""

    mission = models.ForeignKey(
        Mission, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="counterparts"
    )
    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), on_delete=models.PROTECT, related_name="counterpart_roles"
    )
    leg = models.ForeignKey(Leg, verbose_name=_("leg"), on_delete=models.CASCADE, related_name="counterparts")
    venue = models.ForeignKey(
        Venue, verbose_name=_("venue"), null=True, blank=True, on_delete=models.SET_NULL, related_name="counterparts"
    )
    contact = models.ForeignKey(
        Person, verbose_name=_("contact"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    capacity = models.PositiveSmallIntegerField(
        _("capacity"), default=1, validators=[MinValueValidator(1)], help_text=_("Simultaneous meetings.")
    )
    max_meetings_per_day = models.PositiveSmallIntegerField(_("meetings per day at most"), null=True, blank=True)
    formats = models.JSONField(_("accepted formats"), default=list, blank=True)
    confirmation = models.CharField(
        _("confirmation"), max_length=12, choices=Confirmation.choices, default=Confirmation.PENDING
    )
    marquee = models.BooleanField(
        _("marquee"), default=False, help_text=_("Much sought after; share through group sessions.")
    )
    private_notes = models.TextField(_("organizer's private notes"), blank=True)

    class Meta:
        verbose_name = _("counterpart")
        verbose_name_plural = _("counterparts")
        ordering = ["mission", "leg", "organization__name"]
        constraints = [
            models.UniqueConstraint(fields=["mission", "organization", "leg"], name="counterpart_unique_per_leg"),
        ]

    def __str__(self) -> str:
        return f"{self.organization} — {self.leg.city}"


class AvailabilityWindow(models.Model):
    """When a counterpart can meet, in the leg's local time."""

    counterpart = models.ForeignKey(
        Counterpart, verbose_name=_("counterpart"), on_delete=models.CASCADE, related_name="availability"
    )
    date = models.DateField(_("date"))
    start = models.TimeField(_("from"))
    end = models.TimeField(_("until"))

    class Meta:
        verbose_name = _("availability window")
        verbose_name_plural = _("availability windows")
        ordering = ["counterpart", "date", "start"]
        constraints = [
            models.UniqueConstraint(fields=["counterpart", "date", "start"], name="availability_unique_start"),
            models.CheckConstraint(condition=models.Q(end__gt=models.F("start")), name="availability_ordered"),
        ]

    def __str__(self) -> str:
        return f"{self.date:%d/%m} {self.start:%H:%M}–{self.end:%H:%M}"


class Interest(models.Model):
    """A need (what is sought) or an offer (potential) of a delegation or a counterpart."""

    delegation = models.ForeignKey(
        Delegation,
        verbose_name=_("delegation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="interests",
    )
    counterpart = models.ForeignKey(
        Counterpart,
        verbose_name=_("counterpart"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="interests",
    )
    direction = models.CharField(_("need or offer"), max_length=5, choices=Direction.choices)
    kind = models.CharField(_("kind"), max_length=30, choices=InterestKind.choices)
    axis = models.ForeignKey(
        Axis, verbose_name=_("axis"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    scian_codes = models.JSONField(
        _("SCIAN codes"), default=list, blank=True, validators=[validators.validate_scian_codes]
    )
    text = models.TextField(_("text"))
    language = models.CharField(_("language"), max_length=2, choices=Language.choices, default=Language.ES)

    class Meta:
        verbose_name = _("interest")
        verbose_name_plural = _("interests")
        ordering = ["delegation", "counterpart", "direction", "kind", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(delegation__isnull=False, counterpart__isnull=True)
                    | models.Q(delegation__isnull=True, counterpart__isnull=False)
                ),
                name="interest_has_one_owner",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_direction_display()}: {self.text[:60]}"
