from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "rostra.events"
    label = "events"
    verbose_name = _("Events")

    def ready(self) -> None:
        from rostra.core.groups import grant_after_migrate
        from rostra.events import (
            navigation,  # noqa: F401  (registers the nav builder)
            search,  # noqa: F401  (registers its site-search provider)
        )
        from rostra.events.groups import GRANTS

        grant_after_migrate(self, GRANTS)
