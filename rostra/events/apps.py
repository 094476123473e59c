from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "rostra.events"
    label = "events"
    verbose_name = _("Events")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from rostra.events import navigation  # noqa: F401  (registers the nav builder)
        from rostra.events.groups import on_post_migrate

        post_migrate.connect(on_post_migrate, sender=self, dispatch_uid="rostra-events-groups")
