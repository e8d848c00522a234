"""Shared abstract model parts."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Provenance(models.Model):
    """Where a record comes from: a public source, or marked synthetic when invented."""

    synthetic = models.BooleanField(
        _("synthetic"), default=False, help_text=_("Invented for the sample data; not stated by any source.")
    )
    provenance = models.CharField(
        _("provenance"), max_length=500, blank=True, help_text=_("URL or reference of the public source.")
    )

    class Meta:
        abstract = True
