"""`rostra flush_views` reaching the servers' own buffers (without Redis each process keeps its
views in memory, out of reach of another process).

Each serving process leaves a file `run/views-<pid>` in the data folder while it serves. The
command writes a request (`run/flush-request`, a fresh token); each server's view flusher looks
for it on every round (about once a second), writes its buffer, and answers in
`run/views-<pid>.done` with the token and how many views it wrote. The command waits for every
live server's answer and says which ones did not answer.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from pathlib import Path

from django.conf import settings


def run_dir() -> Path:
    folder = Path(settings.ROSTRA_RUN_DIR)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def _mine(pid: int | None = None) -> Path:
    return run_dir() / f"views-{pid or os.getpid()}"


def register() -> None:
    _mine().write_text(str(os.getpid()))


def unregister() -> None:
    with contextlib.suppress(FileNotFoundError):
        _mine().unlink()
    with contextlib.suppress(FileNotFoundError):
        (run_dir() / f"views-{os.getpid()}.done").unlink()


def is_registered() -> bool:
    return _mine().exists()


class Poller:
    """Used by a server's flusher: has a new request come since the last look?"""

    def __init__(self) -> None:
        self.seen = self._read()

    @staticmethod
    def _read() -> str | None:
        try:
            return (run_dir() / "flush-request").read_text()
        except FileNotFoundError:
            return None

    def new_request(self) -> str | None:
        token = self._read()
        if token and token != self.seen:
            self.seen = token
            return token
        return None

    def answer(self, token: str, written: int) -> None:
        done = run_dir() / f"views-{os.getpid()}.done"
        tmp = done.with_suffix(".tmp")
        tmp.write_text(f"{token} {written}")
        os.replace(tmp, done)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A killed worker whose parent was killed too stays a zombie until an init reaps it (some
    # containers' first process never does): it answers kill(0) but will never write again.
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def servers() -> tuple[list[int], list[int]]:
    """(live server pids, pids of servers that stopped without unregistering)."""
    live: list[int] = []
    gone: list[int] = []
    for path in run_dir().glob("views-*"):
        if path.suffix:
            continue
        try:
            pid = int(path.name.removeprefix("views-"))
        except ValueError:
            continue
        (live if _alive(pid) else gone).append(pid)
    return sorted(live), sorted(gone)


def request_all(timeout: float = 10.0) -> tuple[dict[int, int], list[int], list[int]]:
    """Ask every live server to write its views now. Returns ({pid: views written}, pids that
    did not answer within `timeout`, pids of servers found stopped without their final write)."""
    live, gone = servers()
    for pid in gone:  # killed (kill -9): its file stays behind
        with contextlib.suppress(FileNotFoundError):
            _mine(pid).unlink()
    if not live:
        return {}, [], gone
    token = secrets.token_hex(8)
    request = run_dir() / "flush-request"
    tmp = request.with_suffix(".tmp")
    tmp.write_text(token)
    os.replace(tmp, request)
    answers: dict[int, int] = {}
    deadline = time.monotonic() + timeout
    while len(answers) < len(live) and time.monotonic() < deadline:
        for pid in live:
            if pid in answers:
                continue
            try:
                got, written = (run_dir() / f"views-{pid}.done").read_text().split()
            except (FileNotFoundError, ValueError):
                continue
            if got == token:
                answers[pid] = int(written)
        time.sleep(0.1)
    return answers, [pid for pid in live if pid not in answers], gone
