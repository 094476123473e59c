"""Counting the views nginx logged (ROSTRA_NGINX_PAGES; nginx.py writes its config).

nginx writes one line per article it served from a file and per article Rostra said counts (the
X-Rostra-View header: Rostra then does not count it itself). This tailer reads the log from the
position it reached last time, classifies each line with the rules of the in-process counter
(visitors.is_bot, visitors.is_prefetch, visitors.client_address, visitors.visitor_id; only GET
answered 200; once per visitor, article and ROSTRA_VIEWS_WINDOW through a ViewCounter) and writes
the counts with counting.apply_counts in the same transaction as its new position (the file's
inode and offset). Whatever stops it, the next run starts where the last commit ended: no line
is counted twice and none is skipped.

Rotation: when the log's path names another inode, the old file (found by its inode beside it:
`views.log.1`, so logrotate must `delaycompress`) is read to its end, and the tailer moves to the
new file once the old one has been quiet for a few seconds (nginx writes to the old file until
it reopens its logs). A log truncated in place (copytruncate) is read again from its start.

One tailer per log: a lock file beside it (flock) keeps a second one waiting. `rostra serve`
runs it in a thread (with its scheduler), `rostra tail_views` runs it alone.

The once-per-window memory lives in the tailer's process, as the counter's does without Redis: a
restart forgets who was counted in the last window (that visitor may count once more).
"""

from __future__ import annotations

import contextlib
import datetime
import fcntl
import json
import logging
import os
import threading
import time
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.db import close_old_connections, transaction
from django.utils import timezone

from rostra.readers import counting, nginx, visitors

log = logging.getLogger("rostra.readers")

CHUNK = 4 * 1024 * 1024  # bytes read at a time
BATCH = 256 * 1024 * 1024  # bytes counted in one transaction at most
QUIET_SECONDS = 5.0  # a rotated file this long unwritten is done with
_FIELDS = 12


class Tailer:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path or nginx.views_log())
        # The in-process counter's window rule, kept for this tailer alone.
        self.dedup = counting.ViewCounter(redis=None)
        self._pages: dict[str, tuple[float, int | None]] = {}
        self._days: dict[int, str] = {}

    # --- one pass -----------------------------------------------------------------------------

    def run_once(self) -> int:
        """Read everything logged so far; returns the number of views written."""
        lock_path = self.path.with_name(self.path.name + ".lock")
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        with open(lock_path, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                return self._catch_up()
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _position(self) -> tuple[int | None, int]:
        from rostra.readers.models import ViewLogPosition

        row = ViewLogPosition.objects.filter(name=str(self.path)).first()
        return (row.inode, row.offset) if row else (None, 0)

    def _catch_up(self) -> int:
        written = 0
        inode, offset = self._position()
        while True:
            try:
                current = os.stat(self.path)
            except FileNotFoundError:
                current = None
            if inode is None:
                if current is None:
                    return written
                inode, offset = current.st_ino, 0
            if current is not None and current.st_ino == inode:
                if current.st_size < offset:  # truncated in place
                    offset = 0
                views, offset, more = self._consume(self.path, inode, offset)
                written += views
                if not more:
                    return written
                continue
            # The log was rotated: finish the old file, then follow the path.
            old = self._find(inode)
            if old is not None:
                views, offset, more = self._consume(old, inode, offset)
                written += views
                if more:
                    continue
                if time.time() - os.stat(old).st_mtime < QUIET_SECONDS:
                    return written  # nginx may still write there: come back
            if current is None:
                return written
            inode, offset = current.st_ino, 0
            self._save(inode, offset)

    def _find(self, inode: int) -> Path | None:
        for candidate in self.path.parent.glob(self.path.name + "*"):
            with contextlib.suppress(FileNotFoundError):
                if candidate.is_file() and candidate.stat().st_ino == inode:
                    return candidate
        return None

    def _consume(self, path: Path, inode: int, offset: int) -> tuple[int, int, bool]:
        """Count the complete lines after `offset` (read CHUNK bytes at a time, at most BATCH
        per transaction: each write re-renders the counted articles, so one write per round);
        returns the views written, the new offset and whether more is waiting."""
        counts: Counter[counting.Key] = Counter()
        recorded: list[tuple[int, str]] = []
        start, more = offset, False
        with open(path, "rb") as log_file:
            log_file.seek(offset)
            while offset - start < BATCH:
                data = log_file.read(CHUNK)
                end = data.rfind(b"\n") + 1
                for line in data[:end].splitlines():
                    view = self._classify(line)
                    if view is not None and self.dedup.record(view[0], view[1]):
                        recorded.append((view[0], view[1]))
                        counts[(view[0], view[2])] += 1
                offset += end
                if len(data) < CHUNK or end == 0:
                    break
                log_file.seek(offset)
            else:
                more = True
        self.dedup._counts.clear()  # only its window rule is used here
        if offset == start:
            return 0, offset, False
        try:
            with transaction.atomic():
                written = counting.apply_counts(dict(counts))
                self._save(inode, offset)
        except Exception:
            self._forget(recorded)  # counted next time, not lost
            raise
        return written, offset, more

    def _forget(self, recorded: list[tuple[int, str]]) -> None:
        with self.dedup._lock:
            for key in recorded:
                self.dedup._seen.pop(key, None)

    def _save(self, inode: int, offset: int) -> None:
        from rostra.readers.models import ViewLogPosition

        ViewLogPosition.objects.update_or_create(
            name=str(self.path), defaults={"inode": inode, "offset": offset}
        )

    # --- one line -----------------------------------------------------------------------------

    def _classify(self, line: bytes) -> tuple[int, str, str] | None:
        """(article, visitor, day) for a line that counts, else None."""
        fields = line.decode("utf-8", "replace").split("\t")
        if len(fields) != _FIELDS:
            return None
        msec, method, status, remote, forwarded, sec_purpose, purpose, x_moz = fields[:8]
        view, host, uri, user_agent = fields[8:]
        if method != "GET" or status != "200" or not view or view == "-":
            return None
        user_agent = _text(user_agent)
        if visitors.is_bot(user_agent):
            return None
        if (sec_purpose or purpose or x_moz) and visitors.is_prefetch(
            {"sec-purpose": _text(sec_purpose), "purpose": _text(purpose), "x-moz": _text(x_moz)}
        ):
            return None
        if view == nginx.FILE_MARK:
            page_id = self._page(_text(host).lower() + _text(uri))
        elif view.isdigit():
            page_id = int(view)
        else:
            page_id = None
        if page_id is None:
            return None
        address = visitors.client_address(_text(remote), _text(forwarded))
        try:
            when = float(msec)
        except ValueError:
            return None
        return page_id, visitors.visitor_id(address, user_agent), self._day(when)

    def _page(self, rel: str) -> int | None:
        now = time.monotonic()
        memo = self._pages.get(rel)
        if memo is not None and memo[0] > now:
            return memo[1]
        if len(self._pages) > 10_000:
            self._pages.clear()
        page_id = nginx.page_of(rel)
        self._pages[rel] = (now + 60, page_id)
        return page_id

    def _day(self, when: float) -> str:
        second = int(when)
        day = self._days.get(second)
        if day is None:
            if len(self._days) > 1000:
                self._days.clear()
            moment = datetime.datetime.fromtimestamp(second, tz=datetime.UTC)
            day = self._days[second] = timezone.localtime(moment).date().isoformat()
        return day

    # --- the thread ---------------------------------------------------------------------------

    def run_forever(self, stop: threading.Event, interval: float | None = None) -> None:
        # As often as the in-process counter writes: each write re-renders the articles it
        # counted (their shown total), so not every second.
        interval = interval or settings.ROSTRA_VIEWS_FLUSH_INTERVAL
        # Counting can wait; serving cannot: this thread yields the CPU to nginx and the server.
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        last_sweep = 0.0
        while not stop.is_set():
            close_old_connections()
            try:
                self.run_once()
                if time.monotonic() - last_sweep > 30:
                    last_sweep = time.monotonic()
                    nginx.sweep()
            except Exception:  # a failed round must not end the thread: the next one retries
                log.exception("views: reading nginx's log failed")
            close_old_connections()
            stop.wait(interval)
        with contextlib.suppress(Exception):
            self.run_once()  # what was logged before the stop


def _text(field: str) -> str:
    """A field of a `log_format escape=json` line ("-" or "" when the header was absent)."""
    if field == "-":
        return ""
    if "\\" in field:
        with contextlib.suppress(ValueError):
            text: str = json.loads(f'"{field}"')
            return text
    return field


def start_in_thread() -> threading.Event | None:
    """`rostra serve`: the tailer beside the scheduler when nginx serves cached pages."""
    if not nginx.enabled():
        return None
    stop = threading.Event()
    threading.Thread(
        target=Tailer().run_forever, args=(stop,), name="rostra-view-log", daemon=True
    ).start()
    return stop
