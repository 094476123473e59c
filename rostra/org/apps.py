from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgConfig(AppConfig):
    name = "rostra.org"
    label = "org"
    verbose_name = _("Organization")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from rostra.org import navigation  # noqa: F401  (registers the nav builder)
        from rostra.org.groups import on_post_migrate

        post_migrate.connect(on_post_migrate, sender=self, dispatch_uid="rostra-org-groups")
