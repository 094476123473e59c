"""A worker killed (SIGKILL) during a secret vote loses no ballot it acknowledged (a ballot is
acknowledged only after its ciphertext is committed); every client then sends its ballot
again with the same id, and each counts once."""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
import uuid

from rostra.assembly.tests.secret import election_from
from rostra.assembly.tests.server import serve, sqlite_site, stop, ws_connect, ws_until
from rostra.events.voting import protocol

VOTERS = 40

SEED = f"""
import json
from rostra.assembly import seed, state
from rostra.assembly.actions import do_open_vote
from rostra.assembly.tests.secret import submit_keys
m = seed.meeting(delegates={VOTERS})
motion = seed.yes_no(m.items[0], secret=True)
do_open_vote(m.chair, motion, [m.guest.pk, m.observer.pk])
submit_keys(motion, [m.guest, m.observer])
print("SEED " + json.dumps({{"motion": motion.pk, "box": state.box_section(motion),
      "voters": [[p.token, p.pk] for p in m.delegates]}}))
"""


def _stored(db_path) -> set[str]:
    with sqlite3.connect(db_path) as db:
        rows = db.execute("SELECT vote_id FROM assembly_encryptedballot").fetchall()
    return {uuid.UUID(row[0]).hex for row in rows}


def _ballots(data: dict) -> dict[str, dict]:
    election = election_from(data["box"])
    return {
        token: {
            "a": "vote",
            "motion": data["motion"],
            "vote_id": str(uuid.uuid4()),
            "ballot": protocol.encrypt_ballot(election, str(pk), [0, 1, 0]),
        }
        for token, pk in data["voters"]
    }


async def _vote_and_kill(base: str, frames: dict[str, dict], process) -> set[str]:
    sockets = await asyncio.gather(*(ws_connect(base, "congress", t) for t in frames))
    for ws in sockets:
        await ws_until(ws, lambda m: m["t"] == "snapshot")
    acked: set[str] = set()
    first_ack = asyncio.Event()

    async def run(ws, token):
        await ws.send(json.dumps(frames[token]))
        try:
            ack = await ws_until(ws, lambda m: m["t"] == "ack", timeout=60)
        except Exception:  # the server died first
            return
        if ack["ok"]:
            acked.add(uuid.UUID(ack["vote_id"]).hex)
            first_ack.set()

    tasks = [asyncio.create_task(run(ws, t)) for ws, t in zip(sockets, frames, strict=True)]
    await asyncio.wait_for(first_ack.wait(), 60)
    stop(process, signal.SIGKILL)
    await asyncio.gather(*tasks, return_exceptions=True)
    for ws in sockets:
        await ws.close()
    return acked


async def _retry(base: str, frames: dict[str, dict]) -> list[dict]:
    acks = []
    for token, frame in frames.items():
        ws = await ws_connect(base, "congress", token)
        await ws_until(ws, lambda m: m["t"] == "snapshot")
        await ws.send(json.dumps(frame))
        acks.append(await ws_until(ws, lambda m: m["t"] == "ack", timeout=60))
        await ws.close()
    return acks


def test_it_keeps_every_acknowledged_ballot_when_the_worker_is_killed(tmp_path):
    env, data = sqlite_site(tmp_path, SEED)
    db_path = tmp_path / "rostra.sqlite3"
    frames = _ballots(data)
    with serve(env, tmp_path / "serve-1.log") as (base, process):
        acked = asyncio.run(_vote_and_kill(base, frames, process))
        assert process.poll() == -signal.SIGKILL
    stored = _stored(db_path)
    assert acked, "no ballot was acknowledged before the kill"
    assert acked <= stored, f"acknowledged but lost: {acked - stored}"

    with serve(env, tmp_path / "serve-2.log") as (base, _process):
        acks = asyncio.run(_retry(base, frames))
    assert all(a["ok"] for a in acks), [a for a in acks if not a["ok"]]
    assert sum(a["code"] == "duplicate" for a in acks) == len(stored)
    final = _stored(db_path)
    assert final == {uuid.UUID(f["vote_id"]).hex for f in frames.values()}
