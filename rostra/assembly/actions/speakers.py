"""The list of speakers: requests, the floor, speaking time."""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from rostra.assembly import rules, state
from rostra.assembly.actions.common import (
    RoomError,
    _after_commit,
    _bump,
    _delta,
    _require_chair,
    _roles,
)
from rostra.assembly.models import (
    RoomState,
    SpeakerEntry,
    SpeakerState,
)
from rostra.events.models import (
    AgendaItem,
    AgendaKind,
    Participant,
)


def do_request_floor(participant: Participant, point_of_order: bool = False) -> SpeakerEntry:
    if not rules.may_speak(participant.status, _roles(participant)):
        raise RoomError("may_not_speak")
    with transaction.atomic():
        room = _bump(participant.event_id)
        if room.current_item_id is None:
            raise RoomError("no_item")
        last = (
            SpeakerEntry.objects.filter(item_id=room.current_item_id)
            .order_by("-order")
            .values_list("order", flat=True)
            .first()
        )
        try:
            with transaction.atomic():
                entry = SpeakerEntry.objects.create(
                    item_id=room.current_item_id,
                    participant=participant,
                    point_of_order=point_of_order,
                    order=(last or 0) + 1,
                )
        except IntegrityError:
            raise RoomError("already_listed") from None
        _after_commit(participant.event_id, _delta(room, state.speakers_section(room)))
    return entry


def do_withdraw_floor(participant: Participant) -> None:
    with transaction.atomic():
        room = _bump(participant.event_id)
        updated = SpeakerEntry.objects.filter(
            item_id=room.current_item_id, participant=participant, state=SpeakerState.WAITING
        ).update(state=SpeakerState.WITHDRAWN)
        if not updated:
            raise RoomError("not_listed")
        _after_commit(participant.event_id, _delta(room, state.speakers_section(room)))


def do_reorder_speakers(chair: Participant, entry_ids: list[int]) -> None:
    """The chair puts the waiting list in this order (points of order stay first)."""
    _require_chair(chair)
    with transaction.atomic():
        room = _bump(chair.event_id)
        for position, entry_id in enumerate(entry_ids, start=1):
            SpeakerEntry.objects.filter(
                pk=entry_id, item_id=room.current_item_id, state=SpeakerState.WAITING
            ).update(order=position)
        _after_commit(chair.event_id, _delta(room, state.speakers_section(room)))


def _end_speaking(room: RoomState, now: datetime.datetime) -> SpeakerEntry | None:
    """End whoever speaks and write the speech into the event's record as an agenda item of
    kind speech (same position as the item it was given on, so it follows it)."""
    entry = (
        SpeakerEntry.objects.select_related("item", "participant")
        .filter(item__event_id=room.event_id, state=SpeakerState.SPEAKING)
        .first()
    )
    if entry is None:
        return None
    item = entry.item
    if item.kind == AgendaKind.SPEECH and item.speaker_id == entry.participant_id:
        record = item  # the planned speech itself
    else:
        record = AgendaItem.objects.create(
            event_id=room.event_id,
            session_id=item.session_id,
            position=item.position,
            kind=AgendaKind.SPEECH,
            speaker=entry.participant,
            started_at=entry.started_at,
            ended_at=now,
            speaking_limit=item.speaking_limit,
        )
    if record is item:
        AgendaItem.objects.filter(pk=item.pk).update(
            started_at=item.started_at or entry.started_at, ended_at=now
        )
    entry.state = SpeakerState.DONE
    entry.ended_at = now
    entry.record_item = record
    entry.save(update_fields=["state", "ended_at", "record_item"])
    return entry


def do_start_speaker(chair: Participant, entry_id: int | None = None) -> SpeakerEntry:
    """Give the floor to this entry, or to the next in the list; ends the current speaker."""
    _require_chair(chair)
    now = timezone.now()
    with transaction.atomic():
        room = _bump(chair.event_id)
        waiting = SpeakerEntry.objects.filter(
            item_id=room.current_item_id, state=SpeakerState.WAITING
        )
        entry = waiting.filter(pk=entry_id).first() if entry_id else waiting.first()
        if entry is None:
            raise RoomError("no_speaker")
        _end_speaking(room, now)
        entry.state = SpeakerState.SPEAKING
        entry.started_at = now
        entry.save(update_fields=["state", "started_at"])
        _after_commit(chair.event_id, _delta(room, state.speakers_section(room)))
    return entry


def do_end_speaker(chair: Participant) -> SpeakerEntry:
    _require_chair(chair)
    with transaction.atomic():
        room = _bump(chair.event_id)
        entry = _end_speaking(room, timezone.now())
        if entry is None:
            raise RoomError("no_speaker")
        _after_commit(
            chair.event_id, _delta(room, state.speakers_section(room), state.item_section(room))
        )
    return entry
