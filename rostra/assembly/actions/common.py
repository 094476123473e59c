"""What every action of the live room shares: the refusal, the room's group, publishing
after commit, the room's version, the chair's check and who may vote at the close."""

from __future__ import annotations

from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from rostra.assembly import rules

# Re-exported: every action refuses with it (its own module, so that `state` needs no action).
from rostra.assembly.errors import RoomError as RoomError
from rostra.assembly.models import (
    RoomState,
)
from rostra.events.models import (
    CONFIRMED_STATUSES,
    Motion,
    Participant,
    ParticipantRole,
    Role,
)


def group_name(event_id: int) -> str:
    return f"assembly.room.{event_id}"


def publish(event_id: int, message: dict[str, Any]) -> None:
    """Send to every process's room hub; call after commit."""
    layer = get_channel_layer()
    if layer is None:
        return
    async_to_sync(layer.group_send)(
        group_name(event_id), {"type": "room.message", "event": event_id, **message}
    )


def _after_commit(event_id: int, message: dict[str, Any]) -> None:
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


def _delta(room: RoomState, *sections: dict[str, Any]) -> dict[str, Any]:
    message = {"t": "delta", "v": room.version}
    for section in sections:
        message.update(section)
    return message


# Shared by the open votes (votes) and the secret ballots (ballots), which both count them.
def _present_delegates(event_id: int) -> set[int]:
    """Confirmed delegates in the room now (connected) or checked in at the hall."""
    return set(
        Participant.objects.filter(
            event_id=event_id, status__in=CONFIRMED_STATUSES, roles__role=Role.DELEGATE
        )
        .filter(Q(presence__connections__gt=0) | Q(checked_in_at__isnull=False))
        .exclude(roles__role__in=rules.NEVER_VOTE)
        .values_list("pk", flat=True)
    )


def eligible_at_close(motion: Motion, voters: set[int]) -> int:
    """Present delegates now, those who voted and left, and at least those present at the
    opening."""
    event_id = motion.item.event_id
    return max(len(_present_delegates(event_id) | voters), motion.eligible_count or 0)
