from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _language_columns(sender: AppConfig, using: str = "default", **kwargs: object) -> None:
    # Once per migrate (post_migrate is sent per app with models; core has none).
    if getattr(sender, "label", None) != "org":
        return
    if kwargs.get("plan") is None:
        # `flush` (a transactional test's teardown) sends post_migrate without a plan: the
        # tables are emptied, not migrated. Locales made here would clash with the rows a
        # serialized rollback restores next.
        return
    from rostra.core.language_columns import add_missing_language_columns

    add_missing_language_columns(using=using)
    # A language added later gets its locale too (the first migration made the others').
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)


class CoreConfig(AppConfig):
    name = "rostra.core"
    label = "core"
    verbose_name = "Rostra core"

    def ready(self) -> None:
        # A language added in settings after the database was migrated gets its columns.
        post_migrate.connect(_language_columns, dispatch_uid="rostra_language_columns")
