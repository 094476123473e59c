"""Real `rostra serve` processes for the tests that need WebSockets over TCP.

pytest-django's live server speaks WSGI only, so these tests start the production server in a
subprocess on a free port of 127.0.0.1 and always stop it (also on failure). `sqlite_site`
prepares a data folder of its own (migrate, then a seed script run by `rostra shell`).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROSTRA = str(Path(sys.executable).with_name("rostra"))
START_TIMEOUT = 90


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def base_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(JITSI_SERVER="", TASKS_BACKEND="immediate", **extra)
    return env


_template: list[Path] = []


def _migrated_copy(data_dir: Path) -> None:
    """A migrated SQLite database in `data_dir`: migrated once per test run, then copied (on a
    slow machine `migrate` alone took minutes, and each server test ran it)."""
    if not _template:
        template = Path(tempfile.mkdtemp(prefix="rostra-migrated-"))
        env = base_env(ROSTRA_DATA_DIR=str(template))
        subprocess.run([ROSTRA, "migrate", "-v0"], env=env, check=True, timeout=900)
        _template.append(template)
    data_dir.mkdir(parents=True, exist_ok=True)
    for source in _template[0].iterdir():  # the database with its WAL, the secret key
        if source.is_file():
            shutil.copy2(source, data_dir / source.name)


def sqlite_site(data_dir: Path, seed_script: str) -> tuple[dict[str, str], dict]:
    """A migrated SQLite site in `data_dir`; returns its environment and the seed's JSON
    (the script prints one line `SEED <json>`)."""
    env = base_env(ROSTRA_DATA_DIR=str(data_dir))
    _migrated_copy(data_dir)
    out = subprocess.run(
        [ROSTRA, "shell", "-c", seed_script],
        env=env,
        check=True,
        timeout=300,
        capture_output=True,
        text=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("SEED "))
    return env, json.loads(line[5:])


@contextlib.contextmanager
def serve(
    env: dict[str, str], log_path: Path, workers: int = 1
) -> Iterator[tuple[str, subprocess.Popen]]:
    """`rostra serve` on a free port; yields (http://127.0.0.1:port, process)."""
    port = free_port()
    log = open(log_path, "w")  # noqa: SIM115  (closed below)
    process = subprocess.Popen(
        [
            ROSTRA,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--no-scheduler",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its uvicorn workers are stopped with it
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            assert process.poll() is None, f"the server stopped: {log_path.read_text()}"
            assert time.monotonic() < deadline, f"the server did not start: {log_path.read_text()}"
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}", process
    finally:
        stop(process)
        log.close()


def stored_views(env: dict, pk: int) -> int:
    """The views the database holds for article `pk`, read by a `rostra shell` of the site."""
    out = subprocess.run(
        [
            ROSTRA,
            "shell",
            "-c",
            "from rostra.news.models import ArticleStats as S; "
            f"print('VIEWS', sum(S.objects.filter(page_id={pk}).values_list('views', flat=True)))",
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    return int(next(x for x in out.splitlines() if x.startswith("VIEWS "))[6:])


STOP_TIMEOUT = 60


def stop(process: subprocess.Popen, sig: int = signal.SIGTERM) -> bool:
    """Send `sig` to the server's whole process group (as Ctrl+C in a terminal, or systemd's
    default KillMode, does); SIGKILL the group if it has not ended after STOP_TIMEOUT seconds.
    Returns whether it ended by itself: a server killed so has lost its buffered views, and a
    test of a graceful stop asserts this rather than find the loss later."""
    if process.poll() is not None:
        return True
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
    try:
        process.wait(timeout=STOP_TIMEOUT)
        return True
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        return False


# --- WebSocket clients (the `websockets` library), for the tests above ----------------------


async def ws_connect(base: str, slug: str, token: str):
    import websockets

    url = base.replace("http://", "ws://") + f"/ws/live/{slug}/?token={token}"
    return await websockets.connect(
        url, origin=base, open_timeout=30, ping_interval=None, compression=None
    )


async def ws_until(ws, predicate, timeout: float = 20):
    """The first frame that matches, skipping the others."""
    import asyncio

    async def wait():
        while True:
            message = json.loads(await ws.recv())
            if predicate(message):
                return message

    return await asyncio.wait_for(wait(), timeout)
