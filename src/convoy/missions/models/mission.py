"""A mission, its axes and objectives, and its itinerary (legs, breaks, venues, travel)."""

import datetime as dt

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from convoy.missions import validators
from convoy.missions.models.base import Provenance
from convoy.missions.models.choices import Language, Metric, MissionStatus


class Mission(Provenance):
    slug = models.SlugField(_("identifier"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=300)
    language = models.CharField(_("language of the texts"), max_length=2, choices=Language.choices, default=Language.ES)
    summary = models.TextField(_("summary"), blank=True)
    organizer = models.ForeignKey(
        "missions.Organization",
        verbose_name=_("organizer"),
        on_delete=models.PROTECT,
        related_name="organized_missions",
    )
    status = models.CharField(_("status"), max_length=20, choices=MissionStatus.choices, default=MissionStatus.DRAFT)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))

    class Meta:
        verbose_name = _("mission")
        verbose_name_plural = _("missions")
        ordering = ["start_date", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")), name="mission_dates_ordered"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class Axis(models.Model):
    """A thematic axis of the mission (the convoy's four, extensible per mission)."""

    mission = models.ForeignKey(Mission, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="axes")
    code = models.SlugField(_("code"), max_length=40)
    name_es = models.CharField(_("name (Spanish)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("axis")
        verbose_name_plural = _("axes")
        ordering = ["mission", "order", "code"]
        constraints = [models.UniqueConstraint(fields=["mission", "code"], name="axis_code_unique_per_mission")]

    def __str__(self) -> str:
        return self.name_es


class Objective(Provenance):
    """A goal of the mission with a numeric target (investment, jobs, agreements, meetings)."""

    mission = models.ForeignKey(Mission, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="objectives")
    code = models.SlugField(_("code"), max_length=60)
    description = models.TextField(_("description"))
    metric = models.CharField(_("metric"), max_length=20, choices=Metric.choices, default=Metric.OTHER)
    target = models.DecimalField(_("target"), max_digits=20, decimal_places=2, null=True, blank=True)
    currency = models.CharField(
        _("currency"),
        max_length=3,
        blank=True,
        validators=[validators.validate_currency],
        help_text=_("ISO 4217 code, for investment targets."),
    )
    horizon = models.CharField(_("horizon"), max_length=120, blank=True, help_text=_("e.g. “in the coming years”"))

    class Meta:
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")
        ordering = ["mission", "code"]
        constraints = [models.UniqueConstraint(fields=["mission", "code"], name="objective_code_unique_per_mission")]

    def __str__(self) -> str:
        return self.description[:80]


class Leg(Provenance):
    """One city of the itinerary, with its local time grid."""

    mission = models.ForeignKey(Mission, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="legs")
    code = models.SlugField(_("code"), max_length=40)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    city = models.CharField(_("city"), max_length=120)
    country = models.CharField(_("country"), max_length=2, validators=[validators.validate_country])
    subdivision = models.CharField(
        _("subdivision (ISO 3166-2)"), max_length=6, blank=True, validators=[validators.validate_subdivision]
    )
    time_zone = models.CharField(_("time zone"), max_length=64, validators=[validators.validate_time_zone])
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    day_start = models.TimeField(_("day starts"), default=dt.time(9, 0))
    day_end = models.TimeField(_("day ends"), default=dt.time(18, 0))
    afternoon_start = models.TimeField(
        _("afternoon starts"), default=dt.time(14, 0), help_text=_("Divides the morning and afternoon sessions.")
    )
    slot_minutes = models.PositiveSmallIntegerField(
        _("slot length (minutes)"), default=30, validators=[MinValueValidator(5)]
    )

    class Meta:
        verbose_name = _("leg")
        verbose_name_plural = _("legs")
        ordering = ["mission", "order", "start_date"]
        constraints = [
            models.UniqueConstraint(fields=["mission", "code"], name="leg_code_unique_per_mission"),
            models.CheckConstraint(condition=models.Q(end_date__gte=models.F("start_date")), name="leg_dates_ordered"),
            models.CheckConstraint(
                condition=models.Q(day_end__gt=models.F("day_start")), name="leg_day_window_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.city} ({self.start_date:%d/%m}–{self.end_date:%d/%m})"

    def days(self) -> list[dt.date]:
        count = (self.end_date - self.start_date).days + 1
        return [self.start_date + dt.timedelta(days=i) for i in range(count)]


class Break(models.Model):
    """A daily pause in a leg's grid (lunch, transfer), in local time."""

    leg = models.ForeignKey(Leg, verbose_name=_("leg"), on_delete=models.CASCADE, related_name="breaks")
    name = models.CharField(_("name"), max_length=80)
    start = models.TimeField(_("starts"))
    end = models.TimeField(_("ends"))

    class Meta:
        verbose_name = _("break")
        verbose_name_plural = _("breaks")
        ordering = ["leg", "start"]
        constraints = [
            models.UniqueConstraint(fields=["leg", "start"], name="break_start_unique_per_leg"),
            models.CheckConstraint(condition=models.Q(end__gt=models.F("start")), name="break_ordered"),
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.start:%H:%M}–{self.end:%H:%M}"


class Venue(Provenance):
    leg = models.ForeignKey(Leg, verbose_name=_("leg"), on_delete=models.CASCADE, related_name="venues")
    code = models.SlugField(_("code"), max_length=60)
    name = models.CharField(_("name"), max_length=200)
    address = models.CharField(_("address"), max_length=300, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    rooms = models.PositiveSmallIntegerField(
        _("tables or rooms"), default=1, help_text=_("How many meetings can take place here at the same time.")
    )

    class Meta:
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["leg", "code"]
        constraints = [models.UniqueConstraint(fields=["leg", "code"], name="venue_code_unique_per_leg")]

    def __str__(self) -> str:
        return self.name


class TravelTime(models.Model):
    """Minutes needed to go from one venue to another of the same leg."""

    origin = models.ForeignKey(Venue, verbose_name=_("from"), on_delete=models.CASCADE, related_name="travel_from")
    destination = models.ForeignKey(Venue, verbose_name=_("to"), on_delete=models.CASCADE, related_name="travel_to")
    minutes = models.PositiveSmallIntegerField(_("minutes"))

    class Meta:
        verbose_name = _("travel time")
        verbose_name_plural = _("travel times")
        ordering = ["origin", "destination"]
        constraints = [
            models.UniqueConstraint(fields=["origin", "destination"], name="travel_time_unique_pair"),
            models.CheckConstraint(
                condition=~models.Q(origin=models.F("destination")), name="travel_time_distinct_venues"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.origin} → {self.destination}: {self.minutes} min"
