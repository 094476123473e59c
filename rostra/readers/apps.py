from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadersConfig(AppConfig):
    name = "rostra.readers"
    label = "readers"
    verbose_name = _("Readers")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from rostra.readers import signals  # noqa: F401  (connect handlers)
        from rostra.readers.groups import on_post_migrate

        post_migrate.connect(on_post_migrate, sender=self, dispatch_uid="rostra-readers-groups")
