"""Groups with their permissions, kept in step after every migrate (idempotent).

Each app names its groups and what they may do ({"Moderators": ["readers.moderate_comment",
...]}); several apps may grant to the same group (chief editors moderate comments too).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from django.apps import AppConfig
from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_migrate


@transaction.atomic
def ensure_groups(grants: Mapping[str, Iterable[str]]) -> None:
    """Create each group and give it its permissions ("app_label.codename"); a permission
    whose app is not installed is skipped."""
    for name, dotted_names in grants.items():
        group, _created = Group.objects.get_or_create(name=name)
        wanted = Q(pk__in=[])
        for dotted in dotted_names:
            app_label, codename = dotted.split(".")
            wanted |= Q(content_type__app_label=app_label, codename=codename)
        group.permissions.add(*Permission.objects.filter(wanted))


def grant_after_migrate(app_config: AppConfig, grants: Mapping[str, Iterable[str]]) -> None:
    """Run `ensure_groups(grants)` after each migrate of `app_config`'s app.

    Django creates permissions in its own post_migrate handler, app by app: they are created
    here first for every app, so a grant of another app's permission is never missed.
    """

    def receiver(
        sender: AppConfig,
        app_config: AppConfig | None = None,
        using: str = "default",
        **kwargs: object,
    ) -> None:
        for config in global_apps.get_app_configs():
            create_permissions(config, verbosity=0, using=using)
        ensure_groups(grants)

    post_migrate.connect(
        receiver, sender=app_config, weak=False, dispatch_uid=f"rostra-{app_config.label}-groups"
    )
