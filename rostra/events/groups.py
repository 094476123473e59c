"""The events' groups and their permissions, set up after every migrate (idempotent).

Event administrators manage every event. Event organizers get the model permissions; *which*
events they reach is decided per event by permissions.py (their positions in the organizing
units).
"""

from __future__ import annotations

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from rostra.events.permissions import EVENT_ADMINISTRATORS, EVENT_ORGANIZERS

_MODELS = [
    "event",
    "eventsession",
    "participant",
    "partnerinvitation",
    "agendaitem",
    "agendaattachment",
    "motion",
    "eventphoto",
]
_ORGANIZE = [
    f"events.{action}_{model}"
    for model in _MODELS
    for action in ("add", "change", "delete", "view")
] + [
    "wagtailadmin.access_admin",
    "events.view_eventkind",
    "org.view_person",
    "org.view_partnerorganization",
    "org.view_honour",
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
]
_PERMS = {
    EVENT_ORGANIZERS: _ORGANIZE,
    EVENT_ADMINISTRATORS: _ORGANIZE
    + [
        "events.manage_all_events",
        "events.add_eventkind",
        "events.change_eventkind",
        "events.delete_eventkind",
    ],
}


def _permission(dotted: str) -> Permission | None:
    app_label, codename = dotted.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


@transaction.atomic
def ensure_event_groups() -> None:
    for name, perms in _PERMS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for dotted in perms:
            if permission := _permission(dotted):
                group.permissions.add(permission)


def on_post_migrate(sender, app_config=None, using="default", **kwargs) -> None:
    if app_config is None or app_config.label != "events":
        return
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using)
    ensure_event_groups()
