"""Presence is only what is connected now: a worker that stops beating, or whose process was
killed, loses the presence it held; a vote opened afterwards counts only who is there."""

from __future__ import annotations

import asyncio
import datetime
import json
import signal
import sqlite3

import pytest
from django.utils import timezone

from rostra.assembly import actions, seed, state
from rostra.assembly.models import Presence, PresenceShare, RoomWorker
from rostra.assembly.tests.server import serve, sqlite_site, stop, ws_connect, ws_until


def _worker(host: str, seen_seconds_ago: float, pid: int = 1) -> RoomWorker:
    seen = timezone.now() - datetime.timedelta(seconds=seen_seconds_ago)
    return RoomWorker.objects.create(host=host, pid=pid, seen_at=seen)


@pytest.mark.django_db
def test_it_drops_the_presence_of_a_worker_whose_heartbeat_stopped(meeting):
    silent = _worker("elsewhere", seen_seconds_ago=120)
    beating = _worker("elsewhere-too", seen_seconds_ago=1)
    one, two, three = meeting.delegates
    actions.apply_presence({one.pk: 1, two.pk: 2}, silent.pk)
    actions.apply_presence({two.pk: 1, three.pk: 1}, beating.pk)
    assert state.presence_counts(meeting.event.pk)["delegate"] == 3

    touched = actions.reap_workers(stale_seconds=30)

    assert touched == {meeting.event.pk}
    assert list(RoomWorker.objects.values_list("pk", flat=True)) == [beating.pk]
    assert dict(Presence.objects.values_list("participant_id", "connections")) == {
        one.pk: 0,
        two.pk: 1,
        three.pk: 1,
    }
    assert state.presence_counts(meeting.event.pk)["delegate"] == 2
    motion = seed.yes_no(meeting.items[0])
    assert actions.do_open_vote(meeting.chair, motion).eligible_count == 2


@pytest.mark.django_db
def test_it_drops_a_killed_process_of_this_host_at_once(meeting):
    """Its heartbeat is fresh, but its process is gone: no need to wait for the stale time."""
    import subprocess

    gone = subprocess.Popen(["true"])
    gone.wait()
    dead = _worker(actions.presence.this_host(), seen_seconds_ago=0, pid=gone.pid)
    actions.apply_presence({p.pk: 1 for p in meeting.delegates}, dead.pk)
    actions.reap_workers(stale_seconds=30)
    assert not RoomWorker.objects.exists() and not PresenceShare.objects.exists()
    assert state.presence_counts(meeting.event.pk).get("delegate", 0) == 0


SEED = """
import json
from rostra.assembly import seed
from rostra.events.models import ParticipantRole
m = seed.meeting(delegates=10)
# This chair only chairs: whatever it counts as eligible comes from the delegates.
ParticipantRole.objects.filter(participant=m.chair, role="delegate").delete()
motion = seed.yes_no(m.items[0])
print("SEED " + json.dumps({"motion": motion.pk, "chair": m.chair.token,
                            "tokens": [p.token for p in m.delegates]}))
"""


def _present_in_db(db_path) -> int:
    """Delegates with an open connection, as written in the database."""
    with sqlite3.connect(db_path) as db:
        return db.execute(
            "SELECT COUNT(*) FROM assembly_presence p JOIN events_participantrole r"
            " ON r.participant_id = p.participant_id"
            " WHERE p.connections > 0 AND r.role = 'delegate'"
        ).fetchone()[0]


def test_it_forgets_a_killed_servers_connections_after_the_restart(tmp_path):
    env, data = sqlite_site(tmp_path, SEED)
    db_path = next(tmp_path.glob("*.sqlite3"))

    async def connect_all(base: str) -> list:
        sockets = [await ws_connect(base, "congress", t) for t in data["tokens"]]
        for ws in sockets:
            await ws_until(ws, lambda m: m["t"] == "snapshot")
        return sockets

    async def until_present(base: str, n: int) -> None:
        chair = await ws_connect(base, "congress", data["chair"])
        await ws_until(
            chair,
            lambda m: (
                (m["t"] in ("snapshot", "presence")) and m["presence"].get("delegate", 0) == n
            ),
        )
        await chair.close()

    with serve(env, tmp_path / "first.log") as (base, process):

        async def before():
            sockets = await connect_all(base)
            await until_present(base, 10)
            stop(process, signal.SIGKILL)  # the sockets die with it, unclosed
            for ws in sockets:
                ws.transport.abort()

        asyncio.run(asyncio.wait_for(before(), 120))
    assert _present_in_db(db_path) == 10  # what the killed process left behind

    with serve(env, tmp_path / "second.log") as (base, _process):

        async def after():
            chair = await ws_connect(base, "congress", data["chair"])
            snapshot = await ws_until(chair, lambda m: m["t"] == "snapshot")
            assert snapshot["presence"].get("delegate", 0) == 0
            await chair.send(json.dumps({"a": "vote_open", "motion": data["motion"]}))
            opened = await ws_until(
                chair,
                lambda m: (
                    m["t"] == "delta"
                    and isinstance(m.get("motion"), dict)
                    and m["motion"]["state"] == "open"
                ),
            )
            await chair.close()
            return opened

        opened = asyncio.run(asyncio.wait_for(after(), 120))
    assert opened["motion"]["eligible"] == 0
    assert _present_in_db(db_path) == 0
