from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    name = "convoy.agenda"
    label = "agenda"
    verbose_name = _("agendas")
    default_auto_field = "django.db.models.BigAutoField"
