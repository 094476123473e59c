"""The registry's groups and their permissions, set up after every migrate (idempotent).

Organization administrators manage everything in the registry. Chapter secretaries get the
model permissions for people and memberships; *which* people and memberships they reach is
decided per object by permissions.py (their secretary position).
"""

from __future__ import annotations

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from rostra.org.permissions import CHAPTER_SECRETARIES, ORG_ADMINISTRATORS

_ALL_MODELS = [
    "unit",
    "person",
    "consent",
    "membership",
    "position",
    "partnerorganization",
    "honour",
    "commemorativedate",
]
_PERMS = {
    ORG_ADMINISTRATORS: ["wagtailadmin.access_admin", "org.administer_org"]
    + [
        f"org.{action}_{model}"
        for model in _ALL_MODELS
        for action in ("add", "change", "delete", "view")
    ],
    CHAPTER_SECRETARIES: [
        "wagtailadmin.access_admin",
        "org.add_person",
        "org.change_person",
        "org.view_person",
        "org.add_membership",
        "org.change_membership",
        "org.view_membership",
        "org.add_consent",
        "org.change_consent",
        "org.view_consent",
    ],
}


def _permission(dotted: str) -> Permission | None:
    app_label, codename = dotted.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


@transaction.atomic
def ensure_org_groups() -> None:
    for name, perms in _PERMS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for dotted in perms:
            if permission := _permission(dotted):
                group.permissions.add(permission)


def on_post_migrate(sender, app_config=None, using="default", **kwargs) -> None:
    if app_config is None or app_config.label != "org":
        return
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using)
    ensure_org_groups()
