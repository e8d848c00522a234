"""Figures of an outcome (money, jobs, firms) and their stored conversions to USD and MXN."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from convoy.missions import validators
from convoy.outcomes.models.choices import FigureStatus, JobsKind, Measure, RatePolicy
from convoy.outcomes.models.outcome import Outcome


class Figure(models.Model):
    """One number of an outcome as stated: value, currency for money, date, estimated or disclosed."""

    outcome = models.ForeignKey(Outcome, verbose_name=_("outcome"), on_delete=models.CASCADE, related_name="figures")
    measure = models.CharField(_("measure"), max_length=20, choices=Measure.choices)
    status = models.CharField(_("expected or realized"), max_length=10, choices=FigureStatus.choices)
    jobs_kind = models.CharField(_("new or retained jobs"), max_length=10, choices=JobsKind.choices, blank=True)
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3, blank=True, validators=[validators.validate_currency])
    date = models.DateField(_("date"), help_text=_("When the figure was announced or verified."))
    estimated = models.BooleanField(_("estimated"), default=False, help_text=_("Estimated rather than disclosed."))
    source = models.CharField(_("source"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("figure")
        verbose_name_plural = _("figures")
        ordering = ["outcome", "measure", "status", "jobs_kind"]
        constraints = [
            models.UniqueConstraint(fields=["outcome", "measure", "status", "jobs_kind"], name="figure_unique_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.measure} {self.status}: {self.value} {self.currency}".strip()


class Conversion(models.Model):
    """A money figure in a report currency, with the rate, its date and source, and any fallback."""

    figure = models.ForeignKey(Figure, verbose_name=_("figure"), on_delete=models.CASCADE, related_name="conversions")
    currency = models.CharField(_("currency"), max_length=3)
    amount = models.DecimalField(_("amount"), max_digits=22, decimal_places=2)
    rate = models.DecimalField(_("rate"), max_digits=30, decimal_places=12)
    rate_date = models.DateField(_("date of the rate"))
    requested_date = models.DateField(_("date asked for"))
    policy = models.CharField(_("policy"), max_length=12, choices=RatePolicy.choices)
    source = models.CharField(_("source of the rate"), max_length=200)
    note_es = models.CharField(_("note (Spanish)"), max_length=300, blank=True)
    note_en = models.CharField(_("note (English)"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("conversion")
        verbose_name_plural = _("conversions")
        ordering = ["figure", "currency"]
        constraints = [models.UniqueConstraint(fields=["figure", "currency"], name="conversion_unique_currency")]

    def __str__(self) -> str:
        return f"{self.amount} {self.currency} @ {self.rate} ({self.rate_date:%Y-%m-%d})"
