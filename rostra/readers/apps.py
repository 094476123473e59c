from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadersConfig(AppConfig):
    name = "rostra.readers"
    label = "readers"
    verbose_name = _("Readers")

    def ready(self) -> None:
        from rostra.core.groups import grant_after_migrate
        from rostra.readers import receivers  # noqa: F401  (connect handlers)
        from rostra.readers.groups import GRANTS

        grant_after_migrate(self, GRANTS)
