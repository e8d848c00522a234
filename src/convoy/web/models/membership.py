"""Who a user is in a mission: organizer, delegation member, counterpart contact or viewer."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from convoy.missions.models import Counterpart, Delegation, Mission


class Role(models.TextChoices):
    ORGANIZER = "organizer", _("organizer")
    DELEGATION = "delegation", _("delegation member")
    COUNTERPART = "counterpart", _("counterpart contact")
    VIEWER = "viewer", _("viewer")


class Membership(models.Model):
    """A user's role in one mission; delegation and counterpart roles name which one."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="memberships"
    )
    mission = models.ForeignKey(Mission, verbose_name=_("mission"), on_delete=models.CASCADE, related_name="+")
    role = models.CharField(_("role"), max_length=12, choices=Role.choices)
    delegation = models.ForeignKey(
        Delegation, verbose_name=_("delegation"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    counterpart = models.ForeignKey(
        Counterpart, verbose_name=_("counterpart"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["mission", "role", "user"]
        constraints = [
            models.UniqueConstraint(fields=["user", "mission"], name="membership_one_role_per_mission"),
            models.CheckConstraint(
                condition=(
                    models.Q(role="delegation", delegation__isnull=False, counterpart__isnull=True)
                    | models.Q(role="counterpart", counterpart__isnull=False, delegation__isnull=True)
                    | models.Q(role__in=["organizer", "viewer"], delegation__isnull=True, counterpart__isnull=True)
                ),
                name="membership_role_names_its_party",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.mission.slug} ({self.role})"
