"""Async helpers for WebSocket tests: Channels' communicator against the project's ASGI app.

Run a whole scenario in one event loop: `run(scenario)` (asgiref's async_to_sync), which
also shuts the loop's hub down (its writer thread and database connection) and closes the
database connection a scenario opened by reading the ORM directly in the loop's own thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from urllib.parse import unquote, urlparse

from asgiref.sync import async_to_sync
from asgiref.testing import ApplicationCommunicator

from rostra.assembly.live import hub

TIMEOUT = 10


class WebsocketCommunicator(ApplicationCommunicator):
    """Channels' test communicator in brief (`channels.testing` imports Daphne, not installed)."""

    def __init__(self, application, path: str, headers=None):
        _opened.append(self)
        parsed = urlparse(path)
        scope = {
            "type": "websocket",
            "path": unquote(parsed.path),
            "query_string": parsed.query.encode(),
            "headers": headers or [],
            "subprotocols": [],
        }
        super().__init__(application, scope)

    async def connect(self, timeout: float = TIMEOUT):
        await self.send_input({"type": "websocket.connect"})
        response = await self.receive_output(timeout)
        if response["type"] == "websocket.close":
            return False, response.get("code", 1000)
        assert response["type"] == "websocket.accept"
        return True, None

    async def send_json_to(self, data) -> None:
        await self.send_input({"type": "websocket.receive", "text": json.dumps(data)})

    async def receive_json_from(self, timeout: float = TIMEOUT):
        response = await self.receive_output(timeout)
        assert response["type"] == "websocket.send", response
        return json.loads(response["text"])

    async def disconnect(self, code: int = 1000, timeout: float = TIMEOUT) -> None:
        await self.send_input({"type": "websocket.disconnect", "code": code})
        await self.wait(timeout)


async def connect(participant, slug: str = "congress") -> WebsocketCommunicator:
    from rostra.asgi import application

    client = WebsocketCommunicator(
        application,
        f"/ws/live/{slug}/?token={participant.token}",
        headers=[(b"origin", b"http://testserver"), (b"host", b"testserver")],
    )
    connected, _code = await client.connect(timeout=TIMEOUT)
    assert connected
    return client


async def receive_until(client: WebsocketCommunicator, predicate, timeout: float = TIMEOUT):
    """The first message that matches, skipping the others."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        remaining = deadline - asyncio.get_running_loop().time()
        assert remaining > 0, "no matching message in time"
        message = await client.receive_json_from(timeout=remaining)
        if predicate(message):
            return message


# Every communicator of the running scenario, so that `run` can close what a test left open.
_opened: list[WebsocketCommunicator] = []


async def _close_all() -> None:
    """Tell each connection still open that its socket closed, as a server does after a close
    (a refused connection included): a consumer left waiting on the channel layer would
    otherwise hold the event loop's shutdown up."""
    while _opened:
        client = _opened.pop()
        if client.future.done():
            continue
        with contextlib.suppress(Exception):
            await client.send_input({"type": "websocket.disconnect", "code": 1000})
            await client.wait(TIMEOUT)


def run(scenario) -> None:
    async def wrapped():
        try:
            await scenario()
        finally:
            await _close_all()
            await hub().shutdown()
            _close_loop_thread_connections()

    async_to_sync(wrapped)()


def _close_loop_thread_connections() -> None:
    """async_to_sync runs the scenario's loop in a thread of its own, which ends with the
    scenario: a direct ORM read in the scenario (`Presence.objects.get(...)`, allowed by
    DJANGO_ALLOW_ASYNC_UNSAFE) opened that thread's own connection, which nothing closed. On
    PostgreSQL it stayed checked out of the pool, open to the test database until the end of
    the run ("left open", and dropping the database failed)."""
    from django.db import connections

    for connection in connections.all(initialized_only=True):  # this thread's only
        if connection.connection is not None:
            connection.close()


def motion_in(state: str, motion_id: int | None = None):
    """A predicate: a snapshot or delta that carries the motion in `state`. Other frames also
    have a `motion` key (a count or an acknowledgement: the motion's id; `me`: the id or
    None), and they may come first on a slow machine."""

    def matches(message: dict) -> bool:
        motion = message.get("motion")
        return (
            message.get("t") in ("delta", "snapshot")
            and isinstance(motion, dict)
            and motion.get("state") == state
            and (motion_id is None or motion.get("id") == motion_id)
        )

    return matches
