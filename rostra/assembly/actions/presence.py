"""Presence: open connections per participant; the first join records attendance."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from rostra.assembly.models import (
    Presence,
)
from rostra.events.models import (
    Participant,
)


def apply_presence(changes: dict[int, int]) -> set[int]:
    """Add +n / -n open connections per participant id; the first join records attendance
    (`Participant.online_at`). A few statements whatever the number of people (the room's
    writer sends thousands of joins at once). Returns the event ids touched."""
    now = timezone.now()
    with transaction.atomic():
        rows = dict(Participant.objects.filter(pk__in=changes).values_list("pk", "event_id"))
        existing = set(
            Presence.objects.filter(participant_id__in=rows).values_list(
                "participant_id", flat=True
            )
        )
        by_change: dict[int, list[int]] = {}
        new = []
        for pid, change in changes.items():
            if pid not in rows or change == 0:
                continue
            if pid in existing:
                by_change.setdefault(change, []).append(pid)
            else:
                new.append(
                    Presence(participant_id=pid, event_id=rows[pid], connections=max(change, 0))
                )
        for change, pids in by_change.items():
            Presence.objects.filter(participant_id__in=pids).update(
                connections=F("connections") + change, last_seen_at=now
            )
        Presence.objects.bulk_create(new, batch_size=500)
        joined = [pid for pid, change in changes.items() if change > 0]
        Participant.objects.filter(pk__in=joined, online_at__isnull=True).update(online_at=now)
        Presence.objects.filter(participant_id__in=rows, connections__lt=0).update(connections=0)
    return {rows[pid] for pid in changes if pid in rows}


def do_join_room(participant: Participant) -> None:
    apply_presence({participant.pk: 1})


def do_leave_room(participant: Participant) -> None:
    apply_presence({participant.pk: -1})
