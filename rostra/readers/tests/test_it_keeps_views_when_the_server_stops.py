"""A real `rostra serve` stopped the ways servers are stopped keeps the views it buffered:
SIGTERM (systemd, Docker, Kubernetes) and SIGINT (Ctrl+C) lose none, and `rostra flush_views`
reaches a running server's buffer without Redis."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import urllib.request

import pytest

from rostra.assembly.tests.server import ROSTRA, serve, sqlite_site, stop, stored_views

from .conftest import BROWSER

SEED = """
import json
from rostra.news import builders
article = builders.create_article(builders.locale_tree("en"), title="Kept views")
print("SEED " + json.dumps({"url": article.url, "pk": article.pk}))
"""
VIEWS = 40


@pytest.fixture(scope="module")
def migrated_site(tmp_path_factory):
    data = tmp_path_factory.mktemp("views-site") / "data"
    env, seed = sqlite_site(data, SEED)
    return data, env, seed


@pytest.fixture
def site(migrated_site, tmp_path):
    """A copy of the migrated site per test; the flusher never flushes by itself."""
    data, env, seed = migrated_site
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    env = {**env, "ROSTRA_DATA_DIR": str(copy), "ROSTRA_VIEWS_FLUSH_INTERVAL": "3600"}
    return env, seed


def _read(base: str, url: str, n: int) -> None:
    for i in range(n):  # n visitors (distinct user agents): n views; page-cache hits included
        request = urllib.request.Request(base + url, headers={"User-Agent": f"{BROWSER} r{i}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.status == 200


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
@pytest.mark.parametrize(
    ("server", "workers"),
    # uvicorn too: it raises SIGTERM again after its shutdown, and its workers are its own.
    [("granian", 1), ("granian", 2), ("uvicorn", 2)],
    ids=["granian-1", "granian-2", "uvicorn-2"],
)
def test_it_writes_every_buffered_view_when_the_server_is_stopped(
    site, tmp_path, sig, server, workers
):
    env, seed = site
    env = {**env, "ROSTRA_SERVER": server}
    log = tmp_path / "server.log"
    with serve(env, log, workers=workers) as (base, process):
        _read(base, seed["url"], VIEWS)
        assert stop(process, sig), f"the server did not stop by itself: {log.read_text()}"
    assert "Traceback" not in log.read_text()
    assert stored_views(env, seed["pk"]) == VIEWS, log.read_text()


def test_it_flushes_a_running_servers_views_from_the_command_line(site, tmp_path):
    env, seed = site
    with serve(env, tmp_path / "server.log") as (base, _process):
        _read(base, seed["url"], VIEWS)
        done = subprocess.run(
            [ROSTRA, "flush_views"], env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert f"{VIEWS} views written by 1 of 1 running server processes" in done.stdout
        assert stored_views(env, seed["pk"]) == VIEWS  # while the server still runs


def test_it_says_when_no_server_holds_views(site):
    env, _seed = site
    done = subprocess.run(
        [ROSTRA, "flush_views"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0
    assert "0 views written: no running server found" in done.stdout


def test_it_names_a_killed_server_whose_views_are_lost(site, tmp_path):
    env, seed = site
    with serve(env, tmp_path / "server.log") as (base, process):
        _read(base, seed["url"], 3)
        stop(process, signal.SIGKILL)
    done = subprocess.run(
        [ROSTRA, "flush_views"], env=env, capture_output=True, text=True, timeout=120
    )
    assert "had stopped without its final write" in done.stderr
    assert not [p for p in os.listdir(os.path.join(env["ROSTRA_DATA_DIR"], "run")) if "views-" in p]
