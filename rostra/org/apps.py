from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgConfig(AppConfig):
    name = "rostra.org"
    label = "org"
    verbose_name = _("Organization")

    def ready(self) -> None:
        from rostra.core.groups import grant_after_migrate
        from rostra.org import (
            navigation,  # noqa: F401  (registers the nav builder)
            search,  # noqa: F401  (registers its site-search provider)
        )
        from rostra.org.groups import GRANTS

        grant_after_migrate(self, GRANTS)
