"""What every action of the live room shares: the refusal, the room's group, publishing
after commit, the room's version and the chair's check."""

from __future__ import annotations

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from rostra.assembly import rules
from rostra.assembly.models import (
    RoomState,
)
from rostra.events.models import (
    CONFIRMED_STATUSES,
    Participant,
    ParticipantRole,
)


class RoomError(Exception):
    """A refused action; `code` is shown to the user (translated by the page)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def group_name(event_id: int) -> str:
    return f"assembly.room.{event_id}"


def publish(event_id: int, message: dict) -> None:
    """Send to every process's room hub; call after commit."""
    layer = get_channel_layer()
    if layer is None:
        return
    async_to_sync(layer.group_send)(
        group_name(event_id), {"type": "room.message", "event": event_id, **message}
    )


def _after_commit(event_id: int, message: dict) -> None:
    transaction.on_commit(lambda: publish(event_id, message))


def _bump(event_id: int) -> RoomState:
    """Lock the room, raise its version; returns it with the related rows loaded."""
    RoomState.objects.get_or_create(event_id=event_id)
    RoomState.objects.filter(pk=event_id).update(
        version=F("version") + 1, updated_at=timezone.now()
    )
    return (
        RoomState.objects.select_for_update(of=("self",))
        .select_related("current_item", "screening_item", "current_motion__item")
        .get(pk=event_id)
    )


def _roles(participant: Participant) -> frozenset[str]:
    return frozenset(
        ParticipantRole.objects.filter(participant=participant).values_list("role", flat=True)
    )


def _require_chair(participant: Participant) -> None:
    if not (participant.status in CONFIRMED_STATUSES and rules.is_chair(_roles(participant))):
        raise RoomError("not_chair")


def _delta(room: RoomState, *sections: dict) -> dict:
    message = {"t": "delta", "v": room.version}
    for section in sections:
        message.update(section)
    return message
