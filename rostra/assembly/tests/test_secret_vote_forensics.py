"""Forensics of a secret vote: read every byte the server stored — the database files with
SQLite's WAL, or PostgreSQL's table files, its WAL and (through pageinspect) its dead tuples,
and Redis — while the vote is open and after it is counted: nothing tells any voter's choice.

How: every delegate votes for candidate A. Each option's key and label appear wherever the
motion's options are stored (every copy of the row, every WAL record, every room snapshot),
A's as often as B's. A choice stored anywhere in plaintext, as a key, a label, or a vector of
choices, breaks that symmetry or shows the vector. And the ballots themselves are there: each
voter's tracker is found in the bytes, so the scan reads what the server stored.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import subprocess
import time
import uuid
from pathlib import Path

from rostra.assembly.tests.secret import (
    box_phase,
    election_from,
    wait_for_phase,
    ws_tellers_decrypt,
    ws_tellers_send_keys,
)
from rostra.assembly.tests.server import ROSTRA, base_env, serve, ws_connect, ws_until
from rostra.events.voting import protocol

VOTERS = 8
TAG = secrets.token_hex(5)
KEY_A, KEY_B = f"ka{TAG}", f"kb{TAG}"
LABEL_A, LABEL_B = f"Candidate A {TAG}", f"Candidate B {TAG}"
SEED = f"""
import json
from rostra.assembly import seed
from rostra.assembly.actions import do_open_vote
from rostra.events.models import Motion
m = seed.meeting(delegates={VOTERS})
motion = Motion.objects.create(item=m.items[1], question_en="Elect the treasurer", kind="choice",
    secret=True, options=[{{"key": "{KEY_A}", "label_en": "{LABEL_A}"}},
                          {{"key": "{KEY_B}", "label_en": "{LABEL_B}"}}])
do_open_vote(m.chair, motion, [m.guest.pk, m.observer.pk])
print("SEED " + json.dumps({{"motion": motion.pk, "chair": m.chair.token,
      "tellers": [m.guest.token, m.observer.token], "tokens": [p.token for p in m.delegates]}}))
"""
NEEDLES = [KEY_A, KEY_B, LABEL_A, LABEL_B]


def _pg_url() -> str | None:
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith("postgres") else None


class Site:
    """A site of its own: a SQLite file, or a PostgreSQL database (+ the run's Redis)."""

    def __init__(self, tmp_path: Path):
        self.tmp = tmp_path
        self.pg = _pg_url()
        extra = {"ROSTRA_DATA_DIR": str(tmp_path)}
        if self.pg:
            self.dbname = self.pg.rsplit("/", 1)[1].split("?")[0] + "_forensic"
            self.url = self.pg.rsplit("/", 1)[0] + "/" + self.dbname
            self._admin(f'DROP DATABASE IF EXISTS "{self.dbname}" WITH (FORCE)')
            self._admin(f'CREATE DATABASE "{self.dbname}"')
            extra["DATABASE_URL"] = self.url
            if os.environ.get("REDIS_URL"):
                extra["REDIS_URL"] = os.environ["REDIS_URL"]
        self.env = base_env(**extra)

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.pg.rsplit("/", 1)[0] + "/postgres", autocommit=True) as c:
            c.execute(sql)

    def seed(self) -> dict:
        subprocess.run([ROSTRA, "migrate", "-v0"], env=self.env, check=True, timeout=600)
        out = subprocess.run(
            [ROSTRA, "shell", "-c", SEED],
            env=self.env,
            check=True,
            timeout=300,
            capture_output=True,
            text=True,
        ).stdout
        return json.loads(next(x for x in out.splitlines() if x.startswith("SEED "))[5:])

    def stored_bytes(self) -> tuple[bytes, bytes, list[str]]:
        """(the database's own bytes, the shared logs' bytes (PostgreSQL's WAL), notes)."""
        notes: list[str] = []
        if not self.pg:
            own = b"".join(p.read_bytes() for p in self.tmp.glob("rostra.sqlite3*") if p.is_file())
            notes.append("sqlite: database file, -wal and -shm read")
            return own, b"", notes
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as c:
            c.execute("CHECKPOINT")
            datadir = c.execute("SHOW data_directory").fetchone()[0]
            oid = c.execute(
                "SELECT oid FROM pg_database WHERE datname = current_database()"
            ).fetchone()[0]
            pages = b""
            try:
                c.execute("CREATE EXTENSION IF NOT EXISTS pageinspect")
                for table in ("assembly_encryptedballot", "assembly_ballotbox", "events_motion"):
                    blocks = c.execute(
                        "SELECT pg_relation_size(%s) / current_setting('block_size')::int",
                        [table],
                    ).fetchone()[0]
                    for n in range(blocks):
                        pages += c.execute("SELECT get_raw_page(%s, %s)", [table, n]).fetchone()[0]
                notes.append("postgresql: pageinspect raw pages (dead tuples included) read")
            except psycopg.Error as error:
                notes.append(f"postgresql: pageinspect not available ({error})")
        base = Path(datadir) / "base" / str(oid)
        own = pages
        if os.access(base, os.R_OK):
            own += b"".join(p.read_bytes() for p in base.iterdir() if p.is_file())
            notes.append("postgresql: the database's table files read")
        wal = b""
        waldir = Path(datadir) / "pg_wal"
        if os.access(waldir, os.R_OK):
            since = self.started - 60
            wal = b"".join(
                p.read_bytes()
                for p in waldir.iterdir()
                if p.is_file() and p.stat().st_mtime >= since
            )
            notes.append("postgresql: WAL segments written during the test read")
        else:
            notes.append("postgresql: the WAL directory is not readable here")
        return own, wal, notes

    def redis_bytes(self) -> bytes:
        url = self.env.get("REDIS_URL")
        if not url:
            return b""
        import redis

        r = redis.Redis.from_url(url)
        out = []
        for key in r.scan_iter(count=1000):
            out.append(key)
            dumped = r.dump(key)
            if dumped:
                out.append(dumped)
        return b"".join(out)

    def drop(self) -> None:
        if self.pg:
            self._admin(f'DROP DATABASE IF EXISTS "{self.dbname}" WITH (FORCE)')


def _check(label: str, blob: bytes, ciphertexts: list[str], strict: bool, closed: bool = False):
    # Once counted, the motion's `winner` column names A (the result is public; a unanimous
    # one tells every vote by itself): then only JSON (quoted) copies must stay symmetric.
    quote = '"' if closed else ""
    counts = {n: blob.count(f"{quote}{n}{quote}".encode()) for n in NEEDLES}
    assert counts[KEY_A] == counts[KEY_B], f"{label}: option keys asymmetric {counts}"
    assert counts[LABEL_A] == counts[LABEL_B], f"{label}: option labels asymmetric {counts}"
    if strict:  # the database's own bytes: a vector of choices would show as such
        for pattern in (b"[1, 0]", b"[1,0]", b'"choice":', b'"option":'):
            assert pattern not in blob, f"{label}: {pattern!r} found"
        for text in ciphertexts:  # the scan does see the ballots
            assert text.encode() in blob, f"{label}: a ballot's ciphertext is not in the bytes"


async def _run_vote(base: str, data: dict, site: Site, scans: dict) -> list[str]:
    tellers = await ws_tellers_send_keys(base, "congress", data["tellers"])
    voters = []
    for token in data["tokens"]:
        ws = await ws_connect(base, "congress", token)
        snap = await ws_until(ws, lambda m: m["t"] == "snapshot")
        voters.append((ws, snap["me"]["id"]))
    # The vote takes ballots once both keys are in.
    box = await wait_for_phase(voters[0][0], "voting")
    election = election_from(box)
    ciphertexts = []
    for ws, me in voters:
        ballot = protocol.encrypt_ballot(election, str(me), [1, 0])  # everyone for A
        ciphertexts.append(ballot["choices"][0]["b"])
        vote = {"a": "vote", "motion": data["motion"], "vote_id": str(uuid.uuid4())}
        await ws.send(json.dumps({**vote, "ballot": ballot}))
        ack = await ws_until(ws, lambda m: m["t"] == "ack", 60)
        assert ack["ok"], ack
    scans["open"] = (site.stored_bytes(), site.redis_bytes(), ciphertexts)
    chair = await ws_connect(base, "congress", data["chair"])
    await ws_until(chair, lambda m: m["t"] == "snapshot")
    await chair.send(json.dumps({"a": "vote_close", "motion": data["motion"]}))
    await ws_tellers_decrypt(tellers)
    done = await ws_until(chair, lambda m: box_phase(m) == "done", timeout=60)
    for ws, _me in voters:
        await ws.close()
    for t in tellers:
        await t["ws"].close()
    await chair.close()
    return done["motion"]["result"]["counts"]


def test_no_stored_byte_tells_a_voters_choice(tmp_path):
    site = Site(tmp_path)
    try:
        data = site.seed()
        site.started = time.time()
        scans: dict = {}
        with serve(site.env, tmp_path / "serve.log") as (base, _process):
            counts = asyncio.run(_run_vote(base, data, site, scans))
            scans["closed"] = (site.stored_bytes(), site.redis_bytes(), scans["open"][2])
        assert counts == {KEY_A: VOTERS, KEY_B: 0}
        log = (tmp_path / "serve.log").read_bytes()
        for when, ((own, wal, notes), redis_blob, ciphertexts) in scans.items():
            print(when, "; ".join(notes), f"redis {len(redis_blob)} bytes")
            closed = when == "closed"
            _check(f"{when}: database", own, ciphertexts, strict=True, closed=closed)
            _check(f"{when}: WAL", wal, [], strict=False, closed=closed)
            _check(f"{when}: redis", redis_blob, [], strict=False, closed=closed)
        _check("server log", log, [], strict=False, closed=True)
    finally:
        site.drop()
