"""Screenings: a video every player follows."""

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
from rostra.assembly.models import (
    RoomState,
)
from rostra.events.models import (
    AgendaItem,
    Participant,
)


def do_start_screening(
    chair: Participant, item: AgendaItem | None = None, url: str = ""
) -> RoomState:
    """Everyone's player loads this video (the item's file or link, or a link), paused at 0."""
    _require_chair(chair)
    if item is not None:
        if item.event_id != chair.event_id:
            raise RoomError("not_found")
        url = item.video.url if item.video is not None else item.video_url
    if not url or not (url.startswith(("https://", "http://", "/"))):
        raise RoomError("no_video")
    with transaction.atomic():
        room = _bump(chair.event_id)
        room.screening_item = item
        room.screening_url = url
        room.screening_playing = False
        room.screening_position = 0
        room.screening_updated_at = timezone.now()
        room.save()
        _after_commit(chair.event_id, _delta(room, state.screening_section(room)))
    return room


def do_control_screening(
    chair: Participant, action: str, position: float | None = None
) -> RoomState:
    """play / pause / seek (to `position` seconds) / stop."""
    _require_chair(chair)
    now = timezone.now()
    with transaction.atomic():
        room = _bump(chair.event_id)
        if not room.screening_url:
            raise RoomError("no_video")
        current = room.screening_position
        if room.screening_playing and room.screening_updated_at:
            current += (now - room.screening_updated_at).total_seconds()
        if action == "stop":
            room.screening_url = ""
            room.screening_item = None
            room.screening_playing = False
            current = 0
        elif action == "play":
            room.screening_playing = True
        elif action == "pause":
            room.screening_playing = False
        elif action == "seek":
            current = max(0.0, float(position or 0))
        else:
            raise RoomError("bad_request")
        room.screening_position = current
        room.screening_updated_at = now
        room.save()
        _after_commit(chair.event_id, _delta(room, state.screening_section(room)))
    return room
