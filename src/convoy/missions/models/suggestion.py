"""Suggestions: scored, explained matches proposed by the matchmaker (``convoy match``).

One row per (mission, delegation, counterpart). The matchmaker creates and refreshes rows
while they are ``proposed``; once the organizer accepts or rejects one, re-running the
matchmaker never changes it again. Logic lives in ``convoy.missions.services.match*``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from convoy.missions.models.activity import Activity
from convoy.missions.models.mission import Mission
from convoy.missions.models.participation import Counterpart, Delegation


class SuggestionStatus(models.TextChoices):
    PROPOSED = "proposed", _("proposed")
    ACCEPTED = "accepted", _("accepted")
    REJECTED = "rejected", _("rejected")


class SuggestionKind(models.TextChoices):
    BILATERAL = "bilateral", _("bilateral meeting")
    GROUP_SEAT = "group_seat", _("seat in a group session")


class Suggestion(models.Model):
    """A scored, explained match proposed by the matchmaker."""

    mission = models.ForeignKey(
        Mission, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="suggestions"
    )
    delegation = models.ForeignKey(
        Delegation, verbose_name=_("delegation"), on_delete=models.CASCADE, related_name="suggestions"
    )
    counterpart = models.ForeignKey(
        Counterpart, verbose_name=_("counterpart"), on_delete=models.CASCADE, related_name="suggestions"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=SuggestionKind.choices, default=SuggestionKind.BILATERAL)
    activity = models.ForeignKey(
        Activity,
        verbose_name=_("group session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="seat_suggestions",
        help_text=_("The group session offering the seat, for a seat suggestion."),
    )
    score = models.FloatField(_("score"))
    parts = models.JSONField(
        _("score parts"), default=list, blank=True, help_text=_("Name, value, weight and explanation of each part.")
    )
    explanation_es = models.TextField(_("explanation (Spanish)"))
    explanation_en = models.TextField(_("explanation (English)"))
    status = models.CharField(
        _("status"), max_length=10, choices=SuggestionStatus.choices, default=SuggestionStatus.PROPOSED
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.CharField(_("decided by"), max_length=150, blank=True)
    run = models.CharField(_("matchmaking run"), max_length=40, help_text=_("The run that last proposed it."))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("suggestion")
        verbose_name_plural = _("suggestions")
        ordering = ["mission", "delegation", "-score", "counterpart"]
        constraints = [
            models.UniqueConstraint(fields=["mission", "delegation", "counterpart"], name="suggestion_unique_pair"),
            models.CheckConstraint(
                condition=models.Q(kind="bilateral", activity__isnull=True) | models.Q(kind="group_seat"),
                name="suggestion_bilateral_has_no_activity",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.delegation} → {self.counterpart} ({self.score:.2f})"

    def explanation(self, language: str) -> str:
        """The explanation in ``language`` (Spanish unless English is asked for)."""
        return self.explanation_en if language.startswith("en") else self.explanation_es
