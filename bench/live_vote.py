"""The live room under a crowd: N delegates connect, all vote at once, everyone gets the result.

    .venv/bin/python bench/live_vote.py                     # N=5000, SQLite, one process
    .venv/bin/python bench/live_vote.py -n 2000 --secret
    .venv/bin/python bench/live_vote.py --postgres-redis    # PostgreSQL + Redis, 2 workers

In a fresh temporary data folder: migrate, seed an event with a chair and N delegates (each
with a personal token), start `rostra serve` on a free port of 127.0.0.1, then run the clients
in another process (asyncio + `websockets`, one connection per delegate, at most 256
handshakes in flight): connect all, the chair opens a vote, every delegate votes as soon as
it sees it open, the chair closes it once all are acknowledged, every client waits for the
result. Printed: connection time, time from opening until the last acknowledgement, p50/p99
acknowledgement latency, time from close until the last client has the result, votes lost
(acknowledged but not in the database, must be 0), server memory (RSS of its processes) and
the load average. With --secret, then a secret election of the same size on the same server
(tellers' keys, encrypted ballots prepared ahead as the delegates' devices would make them,
proofs checked by the server's checkers, decryption of the tally), printed beside the named
vote's figures. With --postgres-redis the database `rostra_bench_live` is created and
dropped, and Redis database 14 is flushed before and after.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
ROSTRA = str(BIN / "rostra")
PYTHON = str(BIN / "python")
HOST = "127.0.0.1"
PG_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"
# Overridable, so that benches run side by side do not share a database or Redis DB.
PG_DB = os.environ.get("LIVE_BENCH_PG_DB", "rostra_bench_live")
PG_URL = f"postgres://postgres@127.0.0.1:5432/{PG_DB}"
REDIS_URL = os.environ.get("LIVE_BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
STEP_TIMEOUT = 900
PHASE_TIMEOUT = 120  # seconds for any one phase of the clients
HANDSHAKES = 256

SEED = """
import json
from rostra.assembly import seed
m = seed.meeting(slug="bench", delegates={n})
motion = seed.yes_no(m.items[0])
# ballots (#14): the secret election of the same size, its two tellers
secret = seed.choice(m.items[1], ["Ann", "Ben", "Cas"], secret=True)
data = {{"chair": m.chair.token, "motion": motion.pk, "tokens": [p.token for p in m.delegates],
        "secret_motion": secret.pk, "secret_options": len(secret.options),
        "tellers": [m.guest.token, m.observer.token]}}
with open("{out}", "w") as f:
    json.dump(data, f)
"""

COUNT = """
from rostra.assembly.models import EncryptedBallot, NamedVote
from rostra.events.models import Motion
m = Motion.objects.get(pk={motion})
voted = NamedVote.objects.filter(motion=m).count()
live = ["voting", "tallying", "done"]
voted += EncryptedBallot.objects.filter(box__motion=m, box__phase__in=live).count()
print("COUNT", voted, 0, m.votes_cast, m.state)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    """RSS of a process and its children (uvicorn's workers), in MB."""
    total = 0
    pids = [pid]
    try:
        out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
        pids += [int(p) for p in out.split()]
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its children (uvicorn's workers)."""
    total = 0.0
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    for p in [pid, *(int(x) for x in out.split())]:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except OSError:
            pass
    return total


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


# --- the clients (a separate process) -------------------------------------------------------


async def clients(
    url: str, tokens: list[str], chair_token: str, motion: int, option: str, server: int
) -> dict:
    import websockets

    origin = f"http://{HOST}"
    n = len(tokens)
    sockets: list = [None] * n
    ack_latency: list[float] = [0.0] * n
    acked = [False] * n
    got_result = [0.0] * n
    opened = asyncio.Event()
    all_acked = asyncio.Event()
    all_results = asyncio.Event()
    counters = {"acks": 0, "results": 0, "refused": 0, "counts_seen": 0, "dropped": 0}
    gate = asyncio.Semaphore(HANDSHAKES)

    async def open_socket(token: str):
        for attempt in range(5):
            try:
                async with gate:
                    ws = await websockets.connect(
                        f"{url}?token={token}",
                        origin=origin,
                        compression=None,
                        ping_interval=None,
                        max_size=2**24,
                        max_queue=None,  # never stop reading (and answering pings)
                        open_timeout=60,
                    )
                snapshot = json.loads(await asyncio.wait_for(ws.recv(), 60))
                assert snapshot["t"] == "snapshot", snapshot
                return ws
            except (TimeoutError, OSError, websockets.InvalidHandshake):
                await asyncio.sleep(0.2 * (attempt + 1))
        raise RuntimeError("could not connect")

    async def delegate(i: int) -> None:
        try:
            await read(i)
        except websockets.ConnectionClosed:
            counters["dropped"] += 1

    async def read(i: int) -> None:
        ws = sockets[i]
        vote_id = str(uuid.uuid4())
        sent = 0.0
        async for raw in ws:
            message = json.loads(raw)
            kind = message["t"]
            if kind == "delta" and message.get("motion") and message["motion"]["id"] == motion:
                state = message["motion"]["state"]
                if state == "open" and not sent:
                    sent = time.perf_counter()
                    await ws.send(
                        json.dumps(
                            {"a": "vote", "motion": motion, "option": option, "vote_id": vote_id}
                        )
                    )
                elif state == "closed":
                    got_result[i] = time.perf_counter()
                    counters["results"] += 1
                    if counters["results"] == n:
                        all_results.set()
                    return
            elif kind == "ack":
                ack_latency[i] = time.perf_counter() - sent
                acked[i] = message["ok"]
                counters["acks"] += 1
                if not message["ok"]:
                    counters["refused"] += 1
                if counters["acks"] == n:
                    all_acked.set()
            elif kind == "count":
                counters["counts_seen"] += 1

    cpu = {}  # phase -> (server CPU s, client CPU s) at its start

    def mark(phase: str) -> None:
        cpu[phase] = (cpu_seconds(server), time.process_time())

    mark("connect")
    t = time.perf_counter()
    chair = await open_socket(chair_token)
    readers: list[asyncio.Task] = []

    async def join(i: int) -> None:
        # Each delegate reads from the moment it is connected, as a browser does.
        sockets[i] = await open_socket(tokens[i])
        readers.append(asyncio.create_task(delegate(i)))

    await asyncio.gather(*(join(i) for i in range(n)))
    connect_s = time.perf_counter() - t
    rss_connected = rss_mb(server)
    await asyncio.sleep(1)  # let presence settle

    async def chair_reader():
        async for raw in chair:
            message = json.loads(raw)
            if message["t"] == "delta" and (message.get("motion") or {}).get("state") == "open":
                opened.set()
            if message["t"] == "error":
                print("chair error", message, file=sys.stderr)

    chair_task = asyncio.create_task(chair_reader())
    mark("vote")
    t_open = time.perf_counter()
    await chair.send(json.dumps({"a": "vote_open", "motion": motion}))
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(all_acked.wait(), PHASE_TIMEOUT)
    all_acked_s = time.perf_counter() - t_open
    mark("acked")
    await asyncio.sleep(0.6)  # the last count goes out
    mark("close")
    t_close = time.perf_counter()
    await chair.send(json.dumps({"a": "vote_close", "motion": motion}))
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(all_results.wait(), PHASE_TIMEOUT)
    result_s = max(got_result) - t_close if all(got_result) else float("inf")
    mark("results")
    latencies = sorted(ack_latency[i] for i in range(n) if acked[i])
    for task in [*readers, chair_task]:
        task.cancel()
    await asyncio.gather(*(ws.close() for ws in [chair, *sockets]), return_exceptions=True)
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0] * 99
    return {
        "connected": n,
        "connect_s": connect_s,
        "acked_ok": sum(acked),
        "acks": counters["acks"],
        "refused": counters["refused"],
        "all_acked_s": all_acked_s,
        "ack_p50_ms": q[49] * 1000,
        "ack_p99_ms": q[98] * 1000,
        "result_all_s": result_s,
        "results": counters["results"],
        "dropped": counters["dropped"],
        "count_messages_per_client": counters["counts_seen"] / max(n, 1),
        "rss_connected": rss_connected,
        "cpu": {
            phase: [cpu[end][0] - cpu[phase][0], cpu[end][1] - cpu[phase][1]]
            for phase, end in (("connect", "vote"), ("vote", "acked"), ("close", "results"))
        },
    }


# --- ballots (#14): the secret election of the same size -----------------------------------


def _prepare(job: tuple) -> list[tuple[int, dict]]:
    """Some delegates' ballots, all their curve arithmetic done (PyNaCl here; each delegate's
    own device in the room): what is left after the opening is hashing."""
    from rostra.events.voting import protocol

    key, options, indices = job
    return [
        (i, protocol.prepare_ballot(key, [int(n == i % options) for n in range(options)]))
        for i in indices
    ]


async def settle(server: int, quiet: float = 0.1, longest: float = 60.0) -> float:
    """Wait until the server is idle (less than `quiet` of a CPU over half a second), at most
    `longest` seconds: the named vote's 5,000 disconnections are still being written when its
    clients are gone, and the secret election's arrivals would queue behind them."""
    t = time.perf_counter()
    before = cpu_seconds(server)
    while time.perf_counter() - t < longest:
        await asyncio.sleep(0.5)
        now = cpu_seconds(server)
        if now - before < quiet * 0.5:
            break
        before = now
    return time.perf_counter() - t


async def secret_clients(
    url: str,
    tokens: list[str],
    chair_token: str,
    teller_tokens: list[str],
    motion: int,
    server: int,
    options: int = 3,
) -> dict:
    """The chair opens the secret election with two tellers; the tellers' clients send their
    key shares; every delegate sends its encrypted ballot; the chair closes once all are
    acknowledged; the tellers send their shares of the decryption; every client waits for the
    result.

    Thousands of devices encrypt at once in the room, each in some tens of milliseconds; here
    two processes stand in for them. So the bench's tellers draw their secrets before the
    opening (as they could), and every delegate's ballot is prepared before it: ciphertexts and
    proof commitments, all the curve arithmetic. After the opening each delegate only finishes
    its ballot (hashes bound to this vote and voter: tens of microseconds) and sends it."""
    from concurrent.futures import ProcessPoolExecutor

    import websockets

    from rostra.events.voting import protocol

    origin = f"http://{HOST}"
    gate = asyncio.Semaphore(HANDSHAKES)

    async def connect(token: str):
        for attempt in range(5):
            try:
                async with gate:
                    ws = await websockets.connect(
                        f"{url}?token={token}",
                        origin=origin,
                        compression=None,
                        ping_interval=None,
                        max_size=2**24,
                        max_queue=None,
                        open_timeout=60,
                    )
                first = json.loads(await asyncio.wait_for(ws.recv(), 60))
                return ws, first["me"]["id"]
            except (TimeoutError, OSError, websockets.InvalidHandshake):
                await asyncio.sleep(0.2 * (attempt + 1))
        raise RuntimeError("could not connect")

    def phase(message: dict) -> dict | None:
        m = message.get("motion") if message.get("t") == "delta" else None
        return m if isinstance(m, dict) and m.get("id") == motion else None

    n = len(tokens)
    marks: dict[str, float] = {}
    # The devices' work, ahead: the tellers' secrets, the joint key, every ballot's arithmetic.
    t = time.perf_counter()
    teller_secrets = [protocol.random_scalar() for _ in teller_tokens]
    key = protocol.joint_key([protocol.base_mul(x) for x in teller_secrets])
    loop = asyncio.get_running_loop()
    workers = max(1, os.cpu_count() or 2)
    with ProcessPoolExecutor(workers) as pool:
        step = -(-n // (workers * 8))
        jobs = [(key, options, range(i, min(n, i + step))) for i in range(0, n, step)]
        parts = await asyncio.gather(*(loop.run_in_executor(pool, _prepare, j) for j in jobs))
    prepared = dict(item for part in parts for item in part)
    marks["prepare_s"] = time.perf_counter() - t
    marks["settle_s"] = await settle(server)

    cpu = {}  # phase -> (server CPU s, client CPU s) at its start

    def mark(phase: str) -> None:
        cpu[phase] = (cpu_seconds(server), time.process_time())

    mark("connect")
    t = time.perf_counter()
    chair, _chair_id = await connect(chair_token)
    tellers = [await connect(tk) for tk in teller_tokens]
    sent_at = [0.0] * n
    ack_latency = [0.0] * n
    acked = [False] * n
    got_result = [0.0] * n
    counters = {"acks": 0, "results": 0, "refused": 0, "dropped": 0}
    events = {k: asyncio.Event() for k in ("all_acked", "all_results")}
    finish_s = [0.0]
    voters: list = [None] * n

    async def voter_reader(i: int) -> None:
        ws, me = voters[i]
        try:
            async for raw in ws:
                message = json.loads(raw)
                m = phase(message)
                if m and m.get("box") and m["box"]["phase"] == "voting" and not sent_at[i]:
                    # This delegate's device finishes its ballot for this vote, and sends it.
                    box = m["box"]
                    t0 = time.perf_counter()
                    election = protocol.Election(
                        id=box["election"],
                        public_key=bytes.fromhex(box["public_key"]),
                        keys=tuple(box["options"]),
                        lo=box["min"],
                        hi=box["max"],
                    )
                    ballot = protocol.finish_ballot(election, str(me), prepared.pop(i))
                    finish_s[0] += time.perf_counter() - t0
                    sent_at[i] = time.perf_counter()
                    frame = {"a": "vote", "motion": motion, "vote_id": str(uuid.uuid4())}
                    await ws.send(json.dumps({**frame, "ballot": ballot}))
                elif m and m["state"] == "closed":
                    got_result[i] = time.perf_counter()
                    counters["results"] += 1
                    if counters["results"] == n:
                        events["all_results"].set()
                    return
                elif message["t"] == "ack":
                    ack_latency[i] = time.perf_counter() - sent_at[i]
                    acked[i] = message["ok"]
                    counters["acks"] += 1
                    counters["refused"] += not message["ok"]
                    if counters["acks"] == n:
                        events["all_acked"].set()
        except websockets.ConnectionClosed:
            counters["dropped"] += 1

    tasks: list[asyncio.Task] = []

    async def join(i: int) -> None:
        # Each delegate reads from the moment it is connected, as a browser does.
        voters[i] = await connect(tokens[i])
        tasks.append(asyncio.create_task(voter_reader(i)))

    await asyncio.gather(*(join(i) for i in range(n)))
    marks["connect_s"] = time.perf_counter() - t
    await asyncio.sleep(1)

    shares_sent: list[float] = []
    keys_in = asyncio.Event()

    async def teller_reader(k: int) -> None:
        ws, me = tellers[k]
        sent_key = False
        async for raw in ws:
            message = json.loads(raw)
            m = phase(message)
            if not m or not m.get("box"):
                continue
            box = m["box"]
            if box["phase"] == "keys" and not sent_key:
                sent_key = True
                _x, share = protocol.make_key_share(box["election"], str(me), teller_secrets[k])
                await ws.send(json.dumps({"a": "teller_key", "motion": motion, "share": share}))
            elif box["phase"] == "voting":
                keys_in.set()
            elif box["phase"] == "tallying" and box.get("tally"):
                election = protocol.Election(
                    id=box["election"],
                    public_key=bytes.fromhex(box["public_key"]),
                    keys=tuple(box["options"]),
                    lo=box["min"],
                    hi=box["max"],
                )
                shares = protocol.partial_decrypt(
                    election, str(me), teller_secrets[k], box["tally"]
                )
                await ws.send(
                    json.dumps({"a": "teller_decrypt", "motion": motion, "shares": shares})
                )
                shares_sent.append(time.perf_counter())
                return

    tasks += [asyncio.create_task(teller_reader(k)) for k in range(len(tellers))]
    mark("vote")
    t_open = time.perf_counter()
    ids = [me for _ws, me in tellers]
    await chair.send(json.dumps({"a": "vote_open", "motion": motion, "tellers": ids}))
    await asyncio.wait_for(keys_in.wait(), PHASE_TIMEOUT)
    marks["keys_s"] = time.perf_counter() - t_open
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(events["all_acked"].wait(), PHASE_TIMEOUT)
    marks["open_to_acked_s"] = time.perf_counter() - t_open
    first_sent = min((x for x in sent_at if x), default=t_open)
    marks["all_acked_s"] = time.perf_counter() - first_sent
    mark("acked")
    await asyncio.sleep(0.6)  # as for the named vote: the last count goes out
    mark("close")
    t_close = time.perf_counter()
    await chair.send(json.dumps({"a": "vote_close", "motion": motion}))
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(events["all_results"].wait(), PHASE_TIMEOUT)
    last_share = max(shares_sent) if shares_sent else t_close
    mark("results")
    latencies = sorted(ack_latency[i] for i in range(n) if acked[i])
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0] * 99
    for task in tasks:
        task.cancel()
    await asyncio.gather(
        *(ws.close() for ws in [chair, *(w for w, _ in tellers), *(w for w, _ in voters)]),
        return_exceptions=True,
    )
    return {
        **marks,
        "finish_ms": finish_s[0] * 1000 / max(n, 1),
        "acked_ok": sum(acked),
        "refused": counters["refused"],
        "ack_p50_ms": q[49] * 1000,
        "ack_p99_ms": q[98] * 1000,
        "close_to_last_share_s": last_share - t_close,
        "close_to_result_s": (max(got_result) - t_close) if all(got_result) else float("inf"),
        "result_all_s": (max(got_result) - last_share) if all(got_result) else float("inf"),
        "results": counters["results"],
        "dropped": counters["dropped"],
        "cpu": {
            phase: [cpu[end][0] - cpu[phase][0], cpu[end][1] - cpu[phase][1]]
            for phase, end in (("connect", "vote"), ("vote", "acked"), ("close", "results"))
        },
    }


async def connect_only(url: str, tokens: list[str], server: int) -> dict:
    """The reference run: every delegate connects and reads its first frame; nothing else."""
    import websockets

    gate = asyncio.Semaphore(HANDSHAKES)

    async def open_socket(token: str):
        async with gate:
            ws = await websockets.connect(
                f"{url}?token={token}",
                origin=f"http://{HOST}",
                compression=None,
                ping_interval=None,
                max_queue=None,
                open_timeout=60,
            )
        assert json.loads(await asyncio.wait_for(ws.recv(), 60))["t"] == "snapshot"
        return ws

    cpu = (cpu_seconds(server), time.process_time())
    t = time.perf_counter()
    sockets = await asyncio.gather(*(open_socket(token) for token in tokens))
    connect_s = time.perf_counter() - t
    used = (cpu_seconds(server) - cpu[0], time.process_time() - cpu[1])
    rss_connected = rss_mb(server)
    await asyncio.gather(*(ws.close() for ws in sockets), return_exceptions=True)
    return {
        "connected": len(sockets),
        "connect_s": connect_s,
        "cpu": {"connect": list(used)},
        "rss_connected": rss_connected,
    }


def client_main(args) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    data = json.loads(Path(args.seed_file).read_text())
    if args.reference:
        out = asyncio.run(connect_only(args.url, data["tokens"], args.server_pid))
        print("RESULT " + json.dumps(out), flush=True)
        return
    option = "yes"
    out = asyncio.run(
        clients(args.url, data["tokens"], data["chair"], data["motion"], option, args.server_pid)
    )
    print("RESULT " + json.dumps(out), flush=True)
    if args.secret:  # ballots (#14): the secret election of the same size, same server
        secret = asyncio.run(
            secret_clients(
                args.url,
                data["tokens"],
                data["chair"],
                data["tellers"],
                data["secret_motion"],
                args.server_pid,
                data["secret_options"],
            )
        )
        print("SECRET " + json.dumps(secret), flush=True)


# --- the driver -----------------------------------------------------------------------------


def start_server(command: list[str], env: dict, log_path: Path) -> subprocess.Popen:
    """Start a server (its own process group) and wait until its port answers."""
    port = int(command[command.index("--port") + 1])
    log = open(log_path, "w")  # noqa: SIM115  (the process keeps it)
    process = subprocess.Popen(
        command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex((HOST, port)) == 0:
                break
        time.sleep(0.3)
    return process


def reference_run(env: dict, tmp: Path, seed_file: Path, workers: int, http: str) -> dict:
    """The same delegates connect to the bare reference consumer (bench/live_reference.py)
    served by the same HTTP server as Rostra's room (granian by default, as `rostra serve`),
    with the same workers, database and settings: the ratio then compares the consumers, not
    the servers."""
    port = free_port()
    app = "bench.live_reference:application"
    if http == "granian":
        command = [PYTHON, "-m", "granian", "--interface", "asginl", "--ws", app]
        command += ["--host", HOST, "--port", str(port), "--workers", str(workers)]
        command += ["--log-level", "warning", "--no-access-log"]
    else:
        command = [PYTHON, "-m", "uvicorn", app, "--host", HOST, "--port", str(port)]
        command += ["--workers", str(workers), "--lifespan", "off"]
        command += ["--log-level", "warning", "--no-access-log"]
    ref_env = {**env, "PYTHONPATH": str(ROOT), "DJANGO_SETTINGS_MODULE": "rostra.settings"}
    server = start_server(command, ref_env, tmp / "reference.log")
    try:
        time.sleep(1 if workers == 1 else 3)
        rss_idle = rss_mb(server.pid)
        client = subprocess.run(
            [
                PYTHON,
                __file__,
                "--client",
                "--reference",
                "--url",
                f"ws://{HOST}:{port}/ws/live/bench/",
                "--seed-file",
                str(seed_file),
                "--server-pid",
                str(server.pid),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
        )
        line = next((x for x in client.stdout.splitlines() if x.startswith("RESULT ")), None)
        if line is None:
            print(client.stdout[-3000:], client.stderr[-3000:])
            raise SystemExit("the reference clients failed")
        out = json.loads(line[7:])
        out["rss_idle"] = rss_idle
        print(
            f"reference run ({http}): {out['connected']} connected in {out['connect_s']:.2f} s,"
            f" load {load()}"
        )
        return out
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def run(cmd, env, timeout=STEP_TIMEOUT, **kw):
    return subprocess.run(cmd, env=env, timeout=timeout, check=True, **kw)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=5000, help="delegates (default 5000)")
    parser.add_argument(
        "--secret", action="store_true", help="also a secret election of the same size (#14)"
    )
    parser.add_argument("--postgres-redis", action="store_true", help="2 workers, PG + Redis")
    parser.add_argument("--client", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--seed-file", help=argparse.SUPPRESS)
    parser.add_argument("--server-pid", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--reference", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--no-reference", action="store_true", help="skip the reference consumer's run"
    )
    args = parser.parse_args()
    if args.client:
        client_main(args)
        return

    resource.setrlimit(resource.RLIMIT_NOFILE, (resource.getrlimit(resource.RLIMIT_NOFILE)[1],) * 2)
    tmp = Path(tempfile.mkdtemp(prefix="rostra-live-bench-"))
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        ROSTRA_DATA_DIR=str(tmp),
        DEBUG="false",
        SECRET_KEY="bench-" + uuid.uuid4().hex,
        TASKS_BACKEND="immediate",
        DJANGO_ALLOW_ASYNC_UNSAFE="",
    )
    workers = 1
    if args.postgres_redis:
        import psycopg
        import redis

        with psycopg.connect(PG_ADMIN, autocommit=True) as pg:
            pg.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
            pg.execute(f"CREATE DATABASE {PG_DB}")
        redis.Redis.from_url(REDIS_URL).flushdb()
        env.update(DATABASE_URL=PG_URL, REDIS_URL=REDIS_URL, DB_POOL_MAX="20")
        workers = 2
    server = None
    try:
        t = time.perf_counter()
        run([ROSTRA, "migrate", "-v0"], env)
        seed_file = tmp / "seed.json"
        run([ROSTRA, "shell", "-c", SEED.format(n=args.n, secret=args.secret, out=seed_file)], env)
        print(f"set-up (migrate, seed {args.n} delegates): {time.perf_counter() - t:.1f} s")
        motion = json.loads(seed_file.read_text())["motion"]

        server_name = os.environ.get("ROSTRA_SERVER", "granian")
        reference = (
            None if args.no_reference else reference_run(env, tmp, seed_file, workers, server_name)
        )

        port = free_port()
        log = open(tmp / "serve.log", "w")  # noqa: SIM115
        command = [ROSTRA, "serve", "--host", HOST, "--port", str(port)]
        command += ["--workers", str(workers), "--no-scheduler"]
        if os.environ.get("LIVE_BENCH_PROFILE"):  # cProfile of the event loop's thread
            command = [PYTHON, "-m", "cProfile", "-o", os.environ["LIVE_BENCH_PROFILE"], "-m"]
            command += ["uvicorn", "rostra.asgi:application", "--host", HOST, "--port", str(port)]
            command += ["--lifespan", "off", "--log-level", "warning", "--no-access-log"]
        server = subprocess.Popen(
            command,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex((HOST, port)) == 0:
                    break
            time.sleep(0.3)
        time.sleep(1 if workers == 1 else 3)
        rss_idle = rss_mb(server.pid)
        cpu_before = cpu_seconds(server.pid)
        print(f"load before: {load()}  server RSS idle: {rss_idle:.0f} MB  workers: {workers}")
        client = subprocess.run(
            [
                PYTHON,
                __file__,
                "--client",
                "--url",
                f"ws://{HOST}:{port}/ws/live/bench/",
                "--seed-file",
                str(seed_file),
                "--server-pid",
                str(server.pid),
            ]
            + (["--secret"] if args.secret else []),
            env=env,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
        )
        rss_after = rss_mb(server.pid)
        cpu_used = cpu_seconds(server.pid) - cpu_before
        line = next((x for x in client.stdout.splitlines() if x.startswith("RESULT ")), None)
        if line is None:
            print(client.stdout[-3000:], client.stderr[-3000:])
            raise SystemExit("the clients failed")
        r = json.loads(line[7:])
        counted = (
            subprocess.run(
                [ROSTRA, "shell", "-c", COUNT.format(motion=motion)],
                env=env,
                capture_output=True,
                text=True,
                timeout=STEP_TIMEOUT,
            )
            .stdout.split("COUNT")[-1]
            .split()
        )
        in_db = int(counted[0])
        mode = "PostgreSQL + Redis, 2 workers" if args.postgres_redis else "SQLite, 1 process"
        kind = "named yes/no"
        print(f"== {args.n} delegates, {kind}, {mode}")
        print(f"connect all:                       {r['connect_s']:.2f} s")
        print(
            f"open -> every vote acknowledged:   {r['all_acked_s']:.2f} s  "
            f"({r['acked_ok']} ok, {r['refused']} refused, {r['acks']} acks)"
        )
        print(
            f"ack latency p50 / p99:             {r['ack_p50_ms']:.0f} ms"
            f" / {r['ack_p99_ms']:.0f} ms"
        )
        print(
            f"close -> result at every client:   {r['result_all_s']:.2f} s  ({r['results']} got it)"
        )
        print(f"count updates per client:          {r['count_messages_per_client']:.1f}")
        print(f"connections dropped:               {r['dropped']}")
        print(
            f"votes in the database:             {in_db}  (motion: {counted[2]} cast, {counted[3]})"
        )
        print(f"votes lost (acked, not stored):    {max(r['acked_ok'] - in_db, 0)}")
        print(
            f"server RSS: idle {rss_idle:.0f} MB, after {rss_after:.0f} MB "
            f"({(rss_after - rss_idle) * 1024 / args.n:.0f} KB per connection)"
        )
        print(f"server CPU for the whole run:      {cpu_used:.1f} s")
        connect_cpu = r["cpu"]["connect"][0]
        print(
            f"server CPU per connection:         {connect_cpu * 1000 / args.n:.2f} ms;"
            f" per vote: {r['cpu']['vote'][0] * 1000 / args.n:.2f} ms"
        )
        print(
            f"server RSS with all connected:     {r['rss_connected']:.0f} MB "
            f"({(r['rss_connected'] - rss_idle) * 1024 / args.n:.0f} KB per connection)"
        )
        if reference is not None:
            ref_cpu = reference["cpu"]["connect"][0]
            print(
                f"reference consumer ({server_name}): connect all {reference['connect_s']:.2f} s,"
                " server CPU"
                f" {ref_cpu * 1000 / args.n:.2f} ms per connection,"
                f" {(reference['rss_connected'] - reference['rss_idle']) * 1024 / args.n:.0f}"
                " KB per connection"
            )
            print(
                f"RATIO connect cost Rostra / reference: CPU"
                f" {connect_cpu / max(ref_cpu, 1e-9):.2f},"
                f" time {r['connect_s'] / max(reference['connect_s'], 1e-9):.2f}"
                "  (target: at most 2, and connect all within 15 s)"
            )
        for phase, (server_cpu, client_cpu) in r["cpu"].items():
            print(f"  CPU in {phase:8} server {server_cpu:5.1f} s, clients {client_cpu:5.1f} s")
        print(f"load average after: {load()}")
        ok = (
            r["all_acked_s"] <= 5
            and r["result_all_s"] <= 2
            and r["acked_ok"] == args.n
            and in_db == args.n
        )
        print("targets (all acked <= 5 s, result <= 2 s, 0 lost):", "MET" if ok else "NOT MET")
        data = json.loads(seed_file.read_text())
        r["rss_after"] = rss_after
        if args.secret and not report_secret(client.stdout, env, args.n, data, r):
            print(client.stderr[-3000:])
    finally:
        if server is not None:
            if os.environ.get("LIVE_BENCH_PROFILE"):
                server.send_signal(signal.SIGINT)  # cProfile writes its file on SIGINT
            else:
                server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
        if args.postgres_redis:
            import psycopg
            import redis

            with psycopg.connect(PG_ADMIN, autocommit=True) as pg:
                pg.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
            redis.Redis.from_url(REDIS_URL).flushdb()
        if os.environ.get("KEEP_BENCH_DIR"):
            print("kept", tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def report_secret(stdout: str, env: dict, n: int, data: dict, named: dict) -> bool:
    """ballots (#14): the secret election beside the named vote of the same size."""
    line = next((x for x in stdout.splitlines() if x.startswith("SECRET ")), None)
    if line is None:
        print("the secret election's clients failed")
        return False
    s = json.loads(line[7:])
    counted = (
        subprocess.run(
            [ROSTRA, "shell", "-c", COUNT.format(motion=data["secret_motion"])],
            env=env,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
        )
        .stdout.split("COUNT")[-1]
        .split()
    )
    in_db = int(counted[0])
    t = time.perf_counter()
    verify = subprocess.run(
        [ROSTRA, "verify-vote", str(data["secret_motion"])],
        env=env,
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT,
    )
    verify_s = time.perf_counter() - t
    print(f"== {n} delegates, secret election (encrypted ballots), same server")
    print(f"ballots prepared ahead (2 processes for {n} devices): {s['prepare_s']:.2f} s")
    print(f"server settled after the named vote:   {s['settle_s']:.2f} s")
    print(f"connect all:                       {s['connect_s']:.2f} s")
    print(f"open -> tellers' keys in:          {s['keys_s']:.2f} s")
    print(
        f"open -> every ballot acknowledged: {s['open_to_acked_s']:.2f} s  "
        f"({s['acked_ok']} ok, {s['refused']} refused)   named vote: {named['all_acked_s']:.2f} s"
    )
    print(
        f"first ballot sent -> all acked:    {s['all_acked_s']:.2f} s"
        f"  (finishing a ballot after the opening: {s['finish_ms']:.2f} ms)"
    )
    print(f"ack latency p50 / p99:             {s['ack_p50_ms']:.0f} ms / {s['ack_p99_ms']:.0f} ms")
    print(
        f"close -> last teller share:        {s['close_to_last_share_s']:.2f} s  (proofs checked)"
    )
    print(
        f"last share -> result at everyone:  {s['result_all_s']:.2f} s  ({s['results']} got it)"
        f"   named close -> result: {named['result_all_s']:.2f} s"
    )
    print(f"close -> result at everyone:       {s['close_to_result_s']:.2f} s")
    print(f"ballots lost (acked, not stored):  {max(s['acked_ok'] - in_db, 0)}  (stored {in_db})")
    print(f"rostra verify-vote:                {verify_s:.1f} s  {verify.stdout.strip()[:80]}")
    for phase, (server_cpu, client_cpu) in s["cpu"].items():
        print(f"  CPU in {phase:8} server {server_cpu:5.1f} s, clients {client_cpu:5.1f} s")
    print(f"load average after: {load()}")
    print(
        f"server RSS after both votes:       {named['rss_after']:.0f} MB"
        " (with its pool of proof checkers, when they are its children)"
    )
    ok = (
        s["open_to_acked_s"] <= 5
        and s["close_to_result_s"] <= 5
        and s["acked_ok"] == n
        and in_db == n
        and verify.returncode == 0
    )
    print(
        "secret targets (all acked <= 5 s of the opening; the verified result <= 5 s after the"
        " close, so after the last share too; 0 lost; verify-vote):",
        "MET" if ok else "NOT MET",
    )
    return True


if __name__ == "__main__":
    main()
