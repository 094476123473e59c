"""Jobs that must run on time while the site runs (scheduled publishing, for now).

`rostra serve` runs them in a thread beside the web server; a deployment with several web
processes runs `rostra scheduler` once instead (and `rostra serve --no-scheduler`).
"""

from __future__ import annotations

import logging
import threading

from django.conf import settings
from django.core.management import call_command, get_commands
from django.db import close_old_connections

log = logging.getLogger("rostra.scheduler")


def run_due_jobs() -> None:
    """Run every job that is due now. Each is safe to run twice and from any process."""
    # Publishes pages whose go-live time has passed and unpublishes expired ones.
    call_command("publish_scheduled", verbosity=0)
    # Writes buffered article views to the database (rostra.readers; with Redis, every server
    # process's: each process also writes its own). Not asking the servers (each writes its
    # own every ROSTRA_VIEWS_FLUSH_INTERVAL): the scheduler may run inside one of them.
    if "flush_views" in get_commands():
        call_command("flush_views", verbosity=0, this_process=True)


def run_forever(stop: threading.Event, interval: float | None = None) -> None:
    interval = interval or settings.SCHEDULER_INTERVAL
    log.info("scheduler: running due jobs every %s s", interval)
    while not stop.is_set():
        # This thread has its own database connection: drop it if it broke or aged.
        close_old_connections()
        try:
            run_due_jobs()
        except Exception:  # a failing run must not stop the next ones
            log.exception("scheduler: a run failed")
        close_old_connections()
        stop.wait(interval)


def start_in_thread() -> threading.Event:
    stop = threading.Event()
    threading.Thread(target=run_forever, args=(stop,), name="rostra-scheduler", daemon=True).start()
    return stop
