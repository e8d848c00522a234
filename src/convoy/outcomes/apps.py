from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutcomesConfig(AppConfig):
    name = "convoy.outcomes"
    verbose_name = _("Outcomes")
    default_auto_field = "django.db.models.BigAutoField"
