"""A worker killed (SIGKILL) in the middle of a vote loses no vote it acknowledged; a client
that sends its vote again after the restart (same vote id) is counted once."""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
import uuid

from rostra.assembly.tests.server import serve, sqlite_site, stop, ws_connect, ws_until

VOTERS = 60

SEED = f"""
import json
from rostra.assembly import seed
from rostra.assembly.actions import do_open_vote
m = seed.meeting(delegates={VOTERS})
motion = seed.yes_no(m.items[0])
do_open_vote(m.chair, motion)
print("SEED " + json.dumps({{"motion": motion.pk, "tokens": [p.token for p in m.delegates]}}))
"""


def _stored(db_path) -> list[str]:
    with sqlite3.connect(db_path) as db:
        return [
            uuid.UUID(row[0]).hex for row in db.execute("SELECT vote_id FROM assembly_namedvote")
        ]


async def _vote_and_kill(base: str, data: dict, process) -> tuple[dict[str, str], set[str]]:
    """Every delegate votes at once; the server is killed at the first acknowledgement."""
    sockets = await asyncio.gather(*(ws_connect(base, "congress", t) for t in data["tokens"]))
    for ws in sockets:
        await ws_until(ws, lambda m: m["t"] == "snapshot")
    vote_ids = {token: str(uuid.uuid4()) for token in data["tokens"]}
    acked: set[str] = set()
    first_ack = asyncio.Event()

    async def run(ws, token):
        await ws.send(
            json.dumps(
                {"a": "vote", "motion": data["motion"], "option": "yes", "vote_id": vote_ids[token]}
            )
        )
        try:
            ack = await ws_until(ws, lambda m: m["t"] == "ack", timeout=30)
        except Exception:  # the server died first
            return
        if ack["ok"]:
            acked.add(uuid.UUID(ack["vote_id"]).hex)
            first_ack.set()

    tasks = [asyncio.create_task(run(ws, t)) for ws, t in zip(sockets, data["tokens"], strict=True)]
    await asyncio.wait_for(first_ack.wait(), 30)
    stop(process, signal.SIGKILL)
    await asyncio.gather(*tasks, return_exceptions=True)
    for ws in sockets:
        await ws.close()
    return vote_ids, acked


async def _retry(base: str, data: dict, vote_ids: dict[str, str]) -> list[dict]:
    acks = []
    for token in data["tokens"]:
        ws = await ws_connect(base, "congress", token)
        await ws_until(ws, lambda m: m["t"] == "snapshot")
        await ws.send(
            json.dumps(
                {"a": "vote", "motion": data["motion"], "option": "yes", "vote_id": vote_ids[token]}
            )
        )
        acks.append(await ws_until(ws, lambda m: m["t"] == "ack"))
        await ws.close()
    return acks


def test_it_keeps_every_acknowledged_vote_when_the_worker_is_killed(tmp_path):
    env, data = sqlite_site(tmp_path, SEED)
    db_path = tmp_path / "rostra.sqlite3"
    with serve(env, tmp_path / "serve-1.log") as (base, process):
        vote_ids, acked = asyncio.run(_vote_and_kill(base, data, process))
        assert process.poll() == -signal.SIGKILL
    stored = set(_stored(db_path))
    assert acked, "no vote was acknowledged before the kill"
    assert acked <= stored, f"acknowledged but lost: {acked - stored}"

    # After a restart every client sends its vote again: each counts once.
    with serve(env, tmp_path / "serve-2.log") as (base, _process):
        acks = asyncio.run(_retry(base, data, vote_ids))
    assert all(a["ok"] for a in acks)
    assert {a["code"] for a in acks} <= {"ok", "duplicate"}
    assert sum(a["code"] == "duplicate" for a in acks) == len(stored)
    final = _stored(db_path)
    assert len(final) == VOTERS and set(final) == {uuid.UUID(v).hex for v in vote_ids.values()}
