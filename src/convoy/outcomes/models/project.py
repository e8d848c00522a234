"""Project identity: one real-world project, however many agencies record or claim it."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from convoy.missions import validators
from convoy.missions.models import Organization
from convoy.missions.models.base import Provenance


class Project(Provenance):
    key = models.SlugField(
        _("identifier"),
        max_length=80,
        unique=True,
        help_text=_("Stable identifier shared by every record of the project, e.g. tachi-s-ags-2019."),
    )
    name = models.CharField(_("name"), max_length=200)
    investor = models.ForeignKey(
        Organization,
        verbose_name=_("investor or buyer"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="projects_invested",
    )
    location = models.ForeignKey(
        Organization,
        verbose_name=_("where it lands"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="projects_hosted",
        help_text=_("The Mexican municipality or state that receives the project."),
    )
    scian_codes = models.JSONField(
        _("SCIAN codes"), default=list, blank=True, validators=[validators.validate_scian_codes]
    )

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["key"]

    def __str__(self) -> str:
        return self.name
