"""`rostra serve --server granian` (set here by ROSTRA_SERVER, as an operator may): pages come
from the page cache and count views, the live room's WebSockets work, and a stop by SIGTERM or
SIGINT writes every buffered view (the ASGI lifespan shutdown runs in each granian worker)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import time
import urllib.request
import uuid

import pytest

from rostra.assembly.tests.server import (
    serve,
    sqlite_site,
    stop,
    stored_views,
    ws_connect,
    ws_until,
)

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130"
VIEWS = 40

SEED = """
import json
from rostra.assembly import seed
from rostra.assembly.actions import do_open_vote
from rostra.news import builders
article = builders.create_article(builders.locale_tree("en"), title="Served by granian")
m = seed.meeting(delegates=1)
motion = seed.yes_no(m.items[0])
do_open_vote(m.chair, motion)
print("SEED " + json.dumps({"url": article.url, "pk": article.pk, "motion": motion.pk,
    "token": m.delegates[0].token}))
"""


@pytest.fixture(scope="module")
def migrated_site(tmp_path_factory):
    data = tmp_path_factory.mktemp("granian-site") / "data"
    env, seed = sqlite_site(data, SEED)
    return data, env, seed


@pytest.fixture
def site(migrated_site, tmp_path):
    """A copy of the migrated site per test, served by granian; views are written only when the
    server stops."""
    data, env, seed = migrated_site
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    env = {
        **env,
        "ROSTRA_DATA_DIR": str(copy),
        "ROSTRA_VIEWS_FLUSH_INTERVAL": "3600",
        "ROSTRA_SERVER": "granian",  # the default; set as an operator may
    }
    return env, seed


def _get(url: str, agent: str = BROWSER):
    request = urllib.request.Request(url, headers={"User-Agent": agent})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.headers, response.read().decode()


async def _vote(base: str, seed: dict) -> dict:
    ws = await ws_connect(base, "congress", seed["token"])
    try:
        await ws_until(ws, lambda m: m["t"] == "snapshot")
        vote_id = str(uuid.uuid4())
        vote = {"a": "vote", "motion": seed["motion"], "option": "yes", "vote_id": vote_id}
        await ws.send(json.dumps(vote))
        return await ws_until(ws, lambda m: m["t"] == "ack")
    finally:
        await ws.close()


def test_it_serves_an_article_and_the_live_room(site, tmp_path):
    env, seed = site
    log = tmp_path / "server.log"
    with serve(env, log, workers=2) as (base, _process):
        status, _headers, html = _get(base + seed["url"])
        assert status == 200
        assert "Served by granian" in html
        states = {_get(base + seed["url"])[1].get("X-Page-Cache") for _ in range(6)}
        assert "hit" in states  # answered by the page cache in front of Django
        ack = asyncio.run(_vote(base, seed))
        assert ack["ok"] is True
    assert "with granian" in log.read_text()
    assert "Traceback" not in log.read_text()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_it_writes_every_buffered_view_when_granian_is_stopped(site, tmp_path, sig):
    env, seed = site
    log = tmp_path / "server.log"
    with serve(env, log, workers=2) as (base, process):
        for i in range(VIEWS):  # VIEWS visitors (distinct user agents), cache hits included
            assert _get(base + seed["url"], f"{BROWSER} r{i}")[0] == 200
        assert stop(process, sig), f"granian did not stop by itself: {log.read_text()}"
        _wait_for_the_group(process.pid)
    assert "Traceback" not in log.read_text()
    # The server's log says which worker stopped how ("Unexpected exit", "Respawning").
    assert stored_views(env, seed["pk"]) == VIEWS, log.read_text()


def _wait_for_the_group(pgid: int) -> None:
    """Until every process of the server's group has ended, for at most 30 s: its parent may
    end a moment before a worker that still writes, and the views are read after that.
    (Not an assertion: multiprocessing's resource tracker, in the same group, may linger.)"""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)


def test_it_names_the_servers_when_asked_for_another():
    from io import StringIO

    from django.core.management import call_command

    err = StringIO()
    with pytest.raises(SystemExit) as stopped:
        call_command("serve", server="nginx", stderr=err)
    assert stopped.value.code == 2
    assert "--server must be one of granian, uvicorn, not 'nginx'" in err.getvalue()
