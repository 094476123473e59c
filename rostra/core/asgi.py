"""Django over ASGI with a small, fixed set of threads for the sync parts of a request.

Django's own ASGI handler gives every request a fresh thread (a new `ThreadSensitiveContext`),
so a sync view never finds a database connection to reuse: SQLite reopens its file and reparses
the schema, and the thread itself is created and torn down, several milliseconds per page.
Here each request borrows one of `threads` long-lived single-thread executors for its whole
life (signals, middleware, view, `response.close()`), exactly as Django's context would, and
gives it back at the end. A thread keeps its connection between requests (CONN_MAX_AGE); at
most `threads` sync requests run at once per process and the others wait their turn, as in a
threaded WSGI server.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from asgiref.sync import ThreadSensitiveContext
from django.core.handlers.asgi import ASGIHandler


class PooledASGIHandler(ASGIHandler):
    def __init__(self, threads: int) -> None:
        super().__init__()
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

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            raise ValueError(f"Django can only handle ASGI/HTTP connections, not {scope['type']}.")
        idle = self._executors()
        executor = await idle.get()
        try:
            async with ThreadSensitiveContext(executor=executor):
                await self.handle(scope, receive, send)
        finally:
            idle.put_nowait(executor)


def get_django_application(threads: int) -> PooledASGIHandler:
    """Like `django.core.asgi.get_asgi_application()`, with the pooled handler."""
    import django

    django.setup(set_prefix=False)
    return PooledASGIHandler(threads)
