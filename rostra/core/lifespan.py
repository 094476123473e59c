"""The ASGI lifespan of a serving process: what runs when the server starts and stops.

uvicorn stops on SIGTERM (systemd, Docker, Kubernetes) and SIGINT (Ctrl+C) by finishing the
open requests, running the lifespan shutdown, then raising the signal again with its default
action: for SIGTERM that ends the process at once, so `atexit` never runs. The shutdown below
is therefore the one place where every worker (one or many) writes what it still buffers.
granian (the default server) does the same in each worker: on SIGTERM or SIGINT it stops
serving, runs the lifespan shutdown, and only then does the worker end.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from typing import TYPE_CHECKING

from django.conf import settings

if TYPE_CHECKING:
    from rostra.core.asgi import Receive, Scope, Send

log = logging.getLogger("rostra.core")


def _on_start() -> None:
    from rostra.readers import counting, flushctl

    if settings.ROSTRA_SERVING:
        counting.get_counter().start()
        flushctl.register()
        # Everything loaded so far (Django, Wagtail, the apps) lives as long as the process:
        # keep it out of the garbage collector's full passes, which otherwise walk the whole
        # heap again and again under load (a page-cache hit then costs several times its own
        # work).
        if settings.ROSTRA_GC_FREEZE:
            gc.collect()
            gc.freeze()


def _on_stop() -> None:
    from django.db import connection

    from rostra.readers import counting, flushctl

    try:
        flushctl.unregister()
        if settings.ROSTRA_SERVING:
            counting.get_counter().stop()
    finally:
        connection.close()
        from rostra.assembly import live

        live.stop_checkers()  # ballots (#14): else the worker waits for them at its exit


async def lifespan(scope: Scope, receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            try:
                await asyncio.to_thread(_on_start)
            except Exception as exc:  # the server must not serve half-started
                log.exception("startup failed")
                await send({"type": "lifespan.startup.failed", "message": str(exc)})
                return
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            try:
                await asyncio.to_thread(_on_stop)
            except Exception as exc:
                log.exception("shutdown failed")
                await send({"type": "lifespan.shutdown.failed", "message": str(exc)})
                return
            await send({"type": "lifespan.shutdown.complete"})
            return
