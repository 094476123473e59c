"""The Moderators group, and comment moderation for chief editors and administrators too
(set up after every migrate, idempotently)."""

from __future__ import annotations

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction

MODERATORS = "Moderators"
_MODERATION = ["readers.moderate_comment", "readers.view_comment", "readers.change_comment"]
_PERMS = {
    MODERATORS: ["wagtailadmin.access_admin", *_MODERATION],
    "Chief editors": _MODERATION,
    "Administrators": _MODERATION,
}


def _permission(dotted: str) -> Permission | None:
    app_label, codename = dotted.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


@transaction.atomic
def ensure_groups() -> None:
    for name, perms in _PERMS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for dotted in perms:
            if permission := _permission(dotted):
                group.permissions.add(permission)


def on_post_migrate(sender, app_config=None, using="default", **kwargs) -> None:
    if app_config is None or app_config.label != "readers":
        return
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using)
    ensure_groups()
