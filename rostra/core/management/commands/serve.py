"""`rostra serve`: the ASGI server (uvicorn) with the scheduler beside it."""

from __future__ import annotations

import os
import subprocess
import sys

import uvicorn
from django.conf import settings
from django.core.management.base import BaseCommand

from rostra.core.scheduler import start_in_thread


def follow_serve_address(host: str, port: int) -> None:
    """Unless SITE_URL is set, canonical, hreflang, feed, sitemap and e-mail links use the
    address served on (here and in the worker processes, which read the environment)."""
    if settings.SITE_URL_FROM_ENV:
        return
    shown = "127.0.0.1" if host in ("0.0.0.0", "", "::") else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    url = f"http://{shown}:{port}"
    os.environ["SITE_URL"] = url
    settings.SITE_URL = settings.WAGTAILADMIN_BASE_URL = url


class Command(BaseCommand):
    help = "Serve Rostra over ASGI, with static files, scheduled publishing and task workers."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "1"))
        )
        parser.add_argument(
            "--no-scheduler",
            action="store_true",
            help="Do not run scheduled jobs here (another process runs `rostra scheduler`).",
        )

    def handle(self, *args, host: str, port: int, workers: int, no_scheduler: bool, **opts):
        if workers < 1:
            self.stderr.write("--workers must be at least 1")
            sys.exit(2)
        if not no_scheduler:
            start_in_thread()
        task_worker = None
        if settings.TASKS_BACKEND == "database":
            task_worker = subprocess.Popen([sys.argv[0], "db_worker"])
        follow_serve_address(host, port)
        # Tells the server's processes that they serve (rostra.readers starts its view flusher).
        os.environ["ROSTRA_SERVING"] = "1"
        self.stdout.write(f"Rostra is serving on http://{host}:{port}/ (Ctrl+C stops it)")
        try:
            uvicorn.run(
                "rostra.asgi:application",
                host=host,
                port=port,
                workers=workers,
                log_level="warning",
                access_log=False,
                lifespan="off",
            )
        finally:
            if task_worker is not None:
                task_worker.terminate()
