"""`rostra serve`: the ASGI server (granian, or uvicorn) with the scheduler beside it.

granian (HTTP and WebSockets in Rust, the application in Python) is the default: it spends far
less Python per request than uvicorn (httptools, asyncio), and a page-cache hit is little else
(bench/readers_cache.py, the README's "Performance" section). `--server uvicorn` remains. Both
run the ASGI lifespan in every worker, so buffered views are written when a worker stops.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from types import FrameType

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from rostra.core.scheduler import start_in_thread


def follow_serve_address(host: str, port: int) -> None:
    """Unless SITE_URL is set, canonical, hreflang, feed, sitemap and e-mail links use the
    address served on (here and in the worker processes, which read the environment)."""
    if settings.SITE_URL_FROM_ENV:
        return
    # Served on every interface: links name the local one (this binds nothing).
    shown = "127.0.0.1" if host in ("0.0.0.0", "", "::") else host  # noqa: S104
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    url = f"http://{shown}:{port}"
    os.environ["SITE_URL"] = url
    settings.SITE_URL = settings.WAGTAILADMIN_BASE_URL = url


class Command(BaseCommand):
    help = "Serve Rostra over ASGI, with static files, scheduled publishing and task workers."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--workers",
            type=int,
            default=settings.WEB_CONCURRENCY,
            help="Worker processes (default 1). Environment: WEB_CONCURRENCY.",
        )
        parser.add_argument(
            "--no-scheduler",
            action="store_true",
            help="Do not run scheduled jobs here (another process runs `rostra scheduler`).",
        )
        parser.add_argument(
            "--server",
            choices=SERVERS,
            default=settings.ROSTRA_SERVER,
            help="The HTTP server: granian (default) or uvicorn. Environment: ROSTRA_SERVER.",
        )

    def handle(
        self,
        *args: object,
        host: str,
        port: int,
        workers: int,
        no_scheduler: bool,
        server: str,
        **opts: object,
    ) -> None:
        if workers < 1:
            self.stderr.write("--workers must be at least 1")
            sys.exit(2)
        if server not in SERVERS:
            self.stderr.write(f"--server must be one of {', '.join(SERVERS)}, not {server!r}")
            sys.exit(2)
        if not no_scheduler:
            start_in_thread()
            # nginx serving cached pages logs their views: counted here (rostra.readers).
            from rostra.readers.viewlog import start_in_thread as count_nginx_views

            count_nginx_views()
        task_worker = None
        if settings.TASKS_BACKEND == "database":
            # This very command, its own program and a fixed argument: no outside input.
            task_worker = subprocess.Popen([sys.argv[0], "db_worker"])  # noqa: S603
        follow_serve_address(host, port)
        # Tells the server's processes that they serve (rostra.core.lifespan starts the view
        # flusher): this one through settings (uvicorn with one worker serves here), the
        # workers it starts through the environment their settings read.
        os.environ["ROSTRA_SERVING"] = "1"
        settings.ROSTRA_SERVING = True
        self.stdout.write(
            f"Rostra is serving on http://{host}:{port}/ with {server} (Ctrl+C stops it)"
        )
        # uvicorn raises SIGTERM again after its graceful shutdown (lifespan included: buffered
        # views are written there, rostra.core.lifespan), with the handler found before it ran:
        # this one makes it an ordinary exit, so the task worker is stopped and atexit runs.
        signal.signal(signal.SIGTERM, _exit_on_sigterm)
        try:
            SERVERS[server](host, port, workers)
        finally:
            if task_worker is not None:
                task_worker.terminate()


def _exit_on_sigterm(signum: int, frame: FrameType | None) -> None:
    sys.exit(128 + signum)


def _uvicorn(host: str, port: int, workers: int) -> None:
    import uvicorn

    uvicorn.run(
        "rostra.asgi:application",
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        access_log=False,
        lifespan="on",
    )


def _granian(host: str, port: int, workers: int) -> None:
    import multiprocessing

    from granian import Granian
    from granian.constants import Interfaces
    from granian.log import LogLevels

    # Workers start fresh (as uvicorn's do) rather than forked from this process, whose
    # scheduler thread may hold a database connection at the moment of a fork.
    multiprocessing.set_start_method("spawn", force=True)
    # Granian handles SIGINT and SIGTERM itself: each worker stops serving, runs the lifespan
    # shutdown (rostra.core.lifespan writes the buffered views), and the main process returns
    # after its workers have ended.
    Granian(
        "rostra.asgi:application",
        address=host,
        port=port,
        interface=Interfaces.ASGI,
        workers=workers,
        websockets=True,
        log_level=LogLevels.warning,
        log_access=False,
        # A worker that dies is started again, as uvicorn's supervisor does.
        respawn_failed_workers=True,
    ).serve()


SERVERS = {"granian": _granian, "uvicorn": _uvicorn}
