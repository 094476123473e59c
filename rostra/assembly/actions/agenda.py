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
            AgendaItem.objects.filter(pk=room.current_item.pk, ended_at__isnull=True).update(
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


def _first_open_item(event_id: int) -> AgendaItem | None:
    """The first agenda item not yet dealt with (speeches written from the floor excluded)."""
    from rostra.assembly.models import SpeakerEntry

    return (
        AgendaItem.objects.filter(event_id=event_id, ended_at__isnull=True)
        .exclude(
            pk__in=SpeakerEntry.objects.filter(
                item__event_id=event_id, record_item__isnull=False
            ).values("record_item_id")
        )
        .order_by("position", "pk")
        .first()
    )


def do_open_meeting(chair: Participant, *, when_running: bool = False) -> RoomState | None:
    """The chair opens the meeting: the first agenda item becomes current. With
    `when_running` (the chair entering the room) only while the event runs and before any
    item was taken up, so that a chair who looks in early or comes back changes nothing."""
    _require_chair(chair)
    event = chair.event
    room = state.room_of(event.pk)
    if room.current_item_id is not None:
        return None
    if when_running:
        now = timezone.now()
        started = AgendaItem.objects.filter(event_id=event.pk, started_at__isnull=False)
        if not (event.start <= now <= event.end) or event.status in ("draft", "cancelled"):
            return None
        if started.exists():
            return None
    item = _first_open_item(event.pk)
    if item is None:
        raise RoomError("no_agenda")
    return do_set_current_item(chair, item)
