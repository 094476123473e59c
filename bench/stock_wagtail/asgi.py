"""Django's own ASGI handler with a `Server-Timing: app;dur=` header, measured as Rostra
measures its own (from the request's arrival to the start of the response)."""

import os
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stock_wagtail.settings")

from django.core.asgi import get_asgi_application

django_application = get_asgi_application()


async def application(scope, receive, send):
    if scope["type"] != "http":
        return await django_application(scope, receive, send)
    started = time.perf_counter()

    async def timed_send(message):
        if message["type"] == "http.response.start":
            ms = (time.perf_counter() - started) * 1000
            headers = [
                *message.get("headers", []),
                (b"server-timing", f"app;dur={ms:.3f}".encode()),
            ]
            message = {**message, "headers": headers}
        await send(message)

    return await django_application(scope, receive, timed_send)
