"""Django over ASGI with a small, fixed set of threads for the sync parts of a request.

Django's own ASGI handler gives every request a fresh thread (a new `ThreadSensitiveContext`),
so a sync view never finds a database connection to reuse: SQLite reopens its file and reparses
the schema, and the thread itself is created and torn down, several milliseconds per page.
Here each request borrows one of `threads` long-lived single-thread executors for its whole
life (signals, middleware, view, `response.close()`), exactly as Django's context would, and
gives it back at the end; the middleware and the view run in one hop to that thread. A thread
keeps its connection between requests (CONN_MAX_AGE); at most `threads` sync requests run at
once per process and the others wait their turn, as in a threaded WSGI server.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from asgiref.sync import ThreadSensitiveContext, sync_to_async
from django.core.handlers import base
from django.core.handlers.asgi import ASGIHandler
from django.http import HttpRequest, HttpResponseBase

# ASGI's scope and messages are dicts whose keys depend on their "type" (the ASGI spec): the
# layers here (this handler, readers.pagecache, the lifespan) read them as such.
Scope = dict[str, Any]
Message = Mapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class PooledASGIHandler(ASGIHandler):
    def __init__(self, threads: int, server_timing: bool = False) -> None:
        # Not ASGIHandler.__init__: that builds the middleware chain in async mode, where each
        # sync middleware method (nearly all of Django's) is a separate hop to a thread and
        # back, twenty hops a page. Built in sync mode, the whole chain and the view run in
        # one call on the request's thread (get_response_async below).
        base.BaseHandler.__init__(self)
        self.load_middleware(is_async=False)
        self.server_timing = server_timing
        if threads < 1:
            raise ValueError("threads must be at least 1")
        self.threads = threads
        self._idle: asyncio.LifoQueue[ThreadPoolExecutor] | None = None

    def _executors(self) -> asyncio.LifoQueue[ThreadPoolExecutor]:
        # Created on first use, inside the server's event loop. LIFO: the most recently used
        # thread (warm caches, open connection) serves the next request.
        if self._idle is None:
            self._idle = asyncio.LifoQueue()
            for n in range(self.threads):
                self._idle.put_nowait(
                    ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"rostra-http-{n}")
                )
        return self._idle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            raise ValueError(f"Django can only handle ASGI/HTTP connections, not {scope['type']}.")
        started = time.perf_counter()
        if self.server_timing:
            send = _with_server_timing(send, started)
        idle = self._executors()
        executor = await idle.get()
        try:
            async with ThreadSensitiveContext(executor=executor):
                await self.handle(scope, receive, send)
        finally:
            idle.put_nowait(executor)

    async def get_response_async(self, request: HttpRequest) -> HttpResponseBase:
        return await sync_to_async(self.get_response, thread_sensitive=True)(request)


def _with_server_timing(send: Send, started: float) -> Send:
    """Add `Server-Timing: app;dur=<ms>` to the response: the time from the request's arrival
    to its response being ready (queueing for a thread included, network excluded). Browsers'
    developer tools show it; bench/article_render.py reads it."""

    async def timed_send(message: Message) -> None:
        if message["type"] == "http.response.start":
            elapsed = (time.perf_counter() - started) * 1000
            headers = [*message.get("headers", []), (b"server-timing", b"app;dur=%.2f" % elapsed)]
            message = {**message, "headers": headers}
        await send(message)

    return timed_send


def get_django_application(threads: int, server_timing: bool = False) -> PooledASGIHandler:
    """Like `django.core.asgi.get_asgi_application()`, with the pooled handler."""
    import django

    django.setup(set_prefix=False)
    return PooledASGIHandler(threads, server_timing=server_timing)
