from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssemblyConfig(AppConfig):
    name = "rostra.assembly"
    label = "assembly"
    verbose_name = _("live meeting room")
    default_auto_field = "django.db.models.BigAutoField"
