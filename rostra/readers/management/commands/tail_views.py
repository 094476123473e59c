"""`rostra tail_views`: count the article views nginx logged (ROSTRA_NGINX_PAGES=1).

`rostra serve` already runs this in a thread; run it alone beside `rostra serve --no-scheduler`,
or with --once to count what is logged so far and stop (after nginx has stopped, say)."""

from __future__ import annotations

import signal
import threading
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from rostra.readers import nginx
from rostra.readers.viewlog import Tailer


class Command(BaseCommand):
    help = "Count the article views in nginx's view log (exactly once, rotation followed)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--once", action="store_true", help="count what is there, then stop")
        parser.add_argument(
            "--interval", type=float, help="seconds between reads (ROSTRA_VIEWS_FLUSH_INTERVAL)"
        )

    def handle(self, *args: object, once: bool, interval: float | None, **options: Any) -> None:
        tailer = Tailer()
        if once:
            written = tailer.run_once()
            if options["verbosity"]:
                self.stdout.write(f"{written} views written from {tailer.path}")
            return
        if not nginx.enabled():
            self.stderr.write("ROSTRA_NGINX_PAGES is off: nginx serves no pages, logs no views")
        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        self.stdout.write(f"Counting the views logged in {tailer.path} (Ctrl+C stops)")
        tailer.run_forever(stop, interval)
