"""The events' groups and their permissions, set up after every migrate (idempotent).

Event administrators manage every event. Event organizers get the model permissions; *which*
events they reach is decided per event by permissions.py (their positions in the organizing
units).
"""

from __future__ import annotations

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
GRANTS = {
    EVENT_ORGANIZERS: _ORGANIZE,
    EVENT_ADMINISTRATORS: [
        *_ORGANIZE,
        "events.manage_all_events",
        "events.add_eventkind",
        "events.change_eventkind",
        "events.delete_eventkind",
    ],
}
