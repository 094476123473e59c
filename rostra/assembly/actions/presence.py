"""Presence: open connections per participant; the first join records attendance.

Presence is only what is connected now. Each server process that holds connections is a
`RoomWorker` with a heartbeat; its connections are kept per participant (`PresenceShare`) as
well as in the sum (`Presence.connections`, what votes and counts read). A worker that stops
beating (hung, or on another host and gone) or whose process no longer exists on this host
(killed with -9, restarted) is reaped: its shares are taken off the sums and deleted.
"""

from __future__ import annotations

import datetime
import os
import socket
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from rostra.assembly import rules
from rostra.assembly.models import (
    Presence,
    PresenceShare,
    RoomWorker,
)
from rostra.events.models import (
    Participant,
)


def _add(
    model: type[Presence] | type[PresenceShare],
    key: str,
    changes: dict[int, int],
    rows: dict[int, int],
    now: datetime.datetime,
    **scope: object,
) -> None:
    """Add +n / -n to `connections` of `model`'s rows for these participants (creating those
    that do not exist yet); a few statements whatever the number of people."""
    existing = set(
        model.objects.filter(**{f"{key}__in": rows}, **scope).values_list(key, flat=True)
    )
    by_change: dict[int, list[int]] = {}
    new: list[Any] = []  # rows of `model`: Presence or PresenceShare
    for pid, change in changes.items():
        if pid not in rows or change == 0:
            continue
        if pid in existing:
            by_change.setdefault(change, []).append(pid)
        elif model is Presence:
            new.append(Presence(participant_id=pid, event_id=rows[pid], connections=max(change, 0)))
        else:
            new.append(PresenceShare(participant_id=pid, connections=max(change, 0), **scope))
    extra = {"last_seen_at": now} if model is Presence else {}
    for change, pids in by_change.items():
        model.objects.filter(**{f"{key}__in": pids}, **scope).update(
            connections=F("connections") + change, **extra
        )
    model.objects.bulk_create(new, batch_size=500)
    model.objects.filter(**{f"{key}__in": rows}, connections__lt=0, **scope).update(connections=0)


def apply_presence(changes: dict[int, int], worker_id: uuid.UUID | None = None) -> set[int]:
    """Add +n / -n open connections per participant id, held by `worker_id` (None: by no
    worker, e.g. a test or the hall); the first join records attendance
    (`Participant.online_at`). Returns the event ids touched."""
    now = timezone.now()
    with transaction.atomic():
        rows = dict(Participant.objects.filter(pk__in=changes).values_list("pk", "event_id"))
        _add(Presence, "participant_id", changes, rows, now)
        if worker_id is not None:
            _add(PresenceShare, "participant_id", changes, rows, now, worker_id=worker_id)
        joined = [pid for pid, change in changes.items() if change > 0]
        Participant.objects.filter(pk__in=joined, online_at__isnull=True).update(online_at=now)
    return {rows[pid] for pid in changes if pid in rows}


def do_join_room(participant: Participant) -> None:
    apply_presence({participant.pk: 1})


def do_leave_room(participant: Participant) -> None:
    apply_presence({participant.pk: -1})


# --- workers ---------------------------------------------------------------------------------


def process_birth(pid: int) -> str | None:
    """When the process `pid` of this host started (clock ticks since boot), or None if there
    is no such process. Without /proc (not Linux): "" when it exists (the pid alone decides)."""
    stat = Path(f"/proc/{pid}/stat")
    try:
        return stat.read_text().rsplit(")", 1)[1].split()[19]
    except FileNotFoundError:
        return None
    except (OSError, IndexError):
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return ""
    return ""


def this_host() -> str:
    return socket.gethostname()[:255]


def do_register_worker() -> RoomWorker:
    """This process, as a worker holding room connections."""
    pid = os.getpid()
    return RoomWorker.objects.create(host=this_host(), pid=pid, birth=process_birth(pid) or "")


def do_heartbeat(worker_id: uuid.UUID) -> bool:
    """The worker is alive; False if it had been reaped meanwhile (it must register again)."""
    return bool(RoomWorker.objects.filter(pk=worker_id).update(seen_at=timezone.now()))


def _dead(worker: RoomWorker, now: datetime.datetime, stale_seconds: float, host: str) -> bool:
    here = None
    if worker.host == host:
        birth = process_birth(worker.pid)
        here = birth is not None and (not worker.birth or not birth or birth == worker.birth)
    return rules.worker_is_dead(
        seen_seconds_ago=(now - worker.seen_at).total_seconds(),
        stale_seconds=stale_seconds,
        process_alive=here,
    )


def reap_workers(stale_seconds: float, keep: uuid.UUID | None = None) -> set[int]:
    """Drop every dead worker (but `keep`) and the presence it held; returns the event ids
    whose presence changed."""
    now = timezone.now()
    host = this_host()
    candidates = [
        # keep=None excludes nothing: every worker is a candidate.
        w
        for w in RoomWorker.objects.exclude(pk=keep)  # type: ignore[misc]
        if _dead(w, now, stale_seconds, host)
    ]
    if not candidates:
        return set()
    return do_retire_workers([w.pk for w in candidates])


def do_retire_workers(worker_ids: list[uuid.UUID]) -> set[int]:
    """Take these workers' connections off the presence sums and forget the workers."""
    with transaction.atomic():
        # Locked, so that two live workers reaping the same dead one take its share off once.
        ids = list(
            RoomWorker.objects.select_for_update(skip_locked=True)
            .filter(pk__in=worker_ids)
            .values_list("pk", flat=True)
        )
        if not ids:
            return set()
        held: Counter[int] = Counter()
        for pid, n in PresenceShare.objects.filter(
            worker_id__in=ids, connections__gt=0
        ).values_list("participant_id", "connections"):
            held[pid] += n
        events = set()
        if held:
            rows = dict(Participant.objects.filter(pk__in=held).values_list("pk", "event_id"))
            _add(Presence, "participant_id", {p: -n for p, n in held.items()}, rows, timezone.now())
            events = set(rows.values())
        RoomWorker.objects.filter(pk__in=ids).delete()  # and their shares
    return events
