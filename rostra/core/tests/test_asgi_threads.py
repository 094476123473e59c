"""The ASGI handler runs requests on a few long-lived threads, and no more at once than that."""

from __future__ import annotations

import asyncio
import threading
import time

from asgiref.sync import async_to_sync
from django.db import connection
from django.http import HttpResponse
from django.test import override_settings
from django.urls import path

from rostra.core.asgi import PooledASGIHandler

running = 0
most_at_once = 0
lock = threading.Lock()


def which_thread(request):
    connection.ensure_connection()
    return HttpResponse(f"{threading.current_thread().name} {id(connection.connection)}")


def slow(request):
    global running, most_at_once
    with lock:
        running += 1
        most_at_once = max(most_at_once, running)
    time.sleep(0.05)
    with lock:
        running -= 1
    return HttpResponse(threading.current_thread().name)


urlpatterns = [path("which/", which_thread), path("slow/", slow)]


async def _get(app, url: str) -> tuple[int, str]:
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": url,
        "raw_path": url.encode(),
        "query_string": b"",
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
        await asyncio.sleep(3600)  # no disconnect while the response is made

    async def send(message):
        sent.append(message)

    await app(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    _get.last_headers = dict(start["headers"])
    return start["status"], body.decode()


@override_settings(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["testserver"])
def test_it_serves_one_request_after_another_on_the_same_thread_and_connection(db):
    app = PooledASGIHandler(threads=3)

    async def three_in_a_row():
        return [await _get(app, "/which/") for _ in range(3)]

    answers = async_to_sync(three_in_a_row)()
    assert [status for status, _ in answers] == [200, 200, 200]
    threads = {body.split()[0] for _, body in answers}
    assert len(threads) == 1
    assert threads.pop().startswith("rostra-http-")
    if connection.settings_dict["CONN_MAX_AGE"] != 0:
        # SQLite: the thread keeps its connection open (PostgreSQL: the pool shares them).
        assert len({body for _, body in answers}) == 1


@override_settings(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["testserver"])
def test_it_runs_at_most_its_threads_at_once_and_serves_every_request(db):
    global most_at_once
    most_at_once = 0
    app = PooledASGIHandler(threads=2)

    async def eight_at_once():
        return await asyncio.gather(*(_get(app, "/slow/") for _ in range(8)))

    answers = async_to_sync(eight_at_once)()
    assert [status for status, _ in answers] == [200] * 8
    assert most_at_once == 2
    assert {body.rsplit("_", 1)[0] for _, body in answers} == {"rostra-http-0", "rostra-http-1"}


@override_settings(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["testserver"])
def test_it_tells_the_server_time_in_a_header_when_asked(db):
    async def one(app):
        return await _get(app, "/slow/")

    async_to_sync(one)(PooledASGIHandler(threads=1, server_timing=True))
    timing = _get.last_headers[b"server-timing"].decode()
    assert timing.startswith("app;dur=")
    assert 50 <= float(timing.removeprefix("app;dur=")) < 5000  # the view sleeps 50 ms

    async_to_sync(one)(PooledASGIHandler(threads=1))
    assert b"server-timing" not in _get.last_headers


def test_it_refuses_zero_threads():
    import pytest

    with pytest.raises(ValueError):
        PooledASGIHandler(threads=0)
