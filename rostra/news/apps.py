from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "rostra.news"
    label = "news"
    verbose_name = _("News")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from rostra.news import (  # noqa: F401  (connect handlers)
            navigation,
            receivers,
            search,
        )
        from rostra.news.editorial import on_post_migrate

        post_migrate.connect(on_post_migrate, sender=self, dispatch_uid="rostra-editorial")
