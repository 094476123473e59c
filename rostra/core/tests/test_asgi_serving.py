"""What the server runs: the pooled ASGI handler with the settings' middleware chain (built in
sync mode) serves static files, pages and missing files."""

from __future__ import annotations

import asyncio

import pytest
from asgiref.sync import async_to_sync, iscoroutinefunction

from rostra.core.asgi import PooledASGIHandler


async def _get(app, path: str, query: bytes = b"") -> tuple[int, dict[bytes, bytes], bytes]:
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query,
        "root_path": "",
        "headers": [(b"host", b"testserver")],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    sent: list[dict] = []
    requested = False

    async def receive():
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # no disconnect while the response is made

    async def send(message):
        sent.append(message)

    await app(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], {name.lower(): value for name, value in start["headers"]}, body


@pytest.mark.django_db
def test_it_serves_static_files_and_pages_through_the_sync_middleware_chain():
    app = PooledASGIHandler(threads=1)
    # The chain is plain sync code, run in one hop on the request's thread (no middleware
    # needs an async branch).
    assert not iscoroutinefunction(app._middleware_chain)

    status, headers, body = async_to_sync(_get)(app, "/static/core/css/site.css")
    assert status == 200
    assert headers[b"content-type"].startswith(b"text/css")
    assert body

    status, _headers, body = async_to_sync(_get)(app, "/en/search/", b"q=congress")
    assert status == 200
    assert b'name="q"' in body

    status, _headers, _body = async_to_sync(_get)(app, "/static/core/css/nope.css")
    assert status == 404
