"""The current agenda item."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from rostra.assembly import state
from rostra.assembly.actions.common import (
    RoomError,
    _after_commit,
    _bump,
    _delta,
    _require_chair,
)
from rostra.assembly.actions.speakers import _end_speaking
from rostra.assembly.models import (
    RoomState,
)
from rostra.events.models import (
    AgendaItem,
    Participant,
)


def do_set_current_item(chair: Participant, item: AgendaItem | None) -> RoomState:
    _require_chair(chair)
    if item is not None and item.event_id != chair.event_id:
        raise RoomError("not_found")
    now = timezone.now()
    with transaction.atomic():
        room = _bump(chair.event_id)
        if room.current_item and room.current_item != item:
            _end_speaking(room, now)
            AgendaItem.objects.filter(pk=room.current_item_id, ended_at__isnull=True).update(
                ended_at=now
            )
        room.current_item = item
        room.save(update_fields=["current_item"])
        if item is not None and item.started_at is None:
            AgendaItem.objects.filter(pk=item.pk).update(started_at=now)
        _after_commit(
            chair.event_id,
            _delta(room, state.item_section(room), state.speakers_section(room)),
        )
    return room
