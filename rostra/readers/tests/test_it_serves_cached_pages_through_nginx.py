"""nginx serving cached pages itself (ROSTRA_NGINX_PAGES): the page cache writes the files,
invalidations remove them, and the views nginx served are counted from its log."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import httpx
import pytest
from django.core.management import call_command

from rostra.news.models import ArticleStats
from rostra.readers import counting, nginx
from rostra.readers.pagecache import PageCache
from rostra.readers.viewlog import Tailer

from .conftest import BROWSER

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
NGINX = Path("/usr/sbin/nginx")


@pytest.fixture
def app(settings, tmp_path):
    from rostra.core.asgi import get_django_application

    settings.ROSTRA_PAGE_CACHE_CHECK_MS = 0
    settings.ROSTRA_NGINX_PAGES = True
    settings.ROSTRA_NGINX_DIR = tmp_path / "nginx-pages"
    settings.ROSTRA_NGINX_VIEWS_LOG = tmp_path / "nginx-pages" / "views.log"
    settings.ROSTRA_TRUST_FORWARDED_FOR = True
    counting.set_counter(counting.ViewCounter())
    yield PageCache(get_django_application(1))
    counting.set_counter(None)


def get(app, url, address="192.0.2.1", **headers):
    headers.setdefault("user-agent", BROWSER)

    async def go():
        transport = httpx.ASGITransport(app=app, client=(address, 5000))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            return await c.get(url, headers=headers)

    return asyncio.run(go())


def page_file(article) -> Path:
    return nginx.pages_dir() / "testserver" / article.url.lstrip("/") / "index.html"


def stored(app, article) -> Path:
    """Two renderings: the first cannot know the article's stamp yet (pagecache.py)."""
    for _ in range(3):
        get(app, article.url)
        if page_file(article).exists():
            return page_file(article)
    raise AssertionError("the page was not written for nginx")


def test_it_writes_the_page_without_a_form_stamp_and_lets_nginx_count(app, make_article):
    article = make_article(title="For nginx")
    miss = get(app, article.url)
    assert miss.headers[nginx.VIEW_HEADER] == str(article.pk)  # nginx logs it, with this id
    assert counting.get_counter().pending(article.pk) == 0  # Rostra does not count it itself
    html = stored(app, article).read_text()
    assert "For nginx" in html
    assert 'name="shown" value=""' in html  # each reader fetches a stamp (stamp.js)
    assert "data-stamp-url" in html
    hit = get(app, article.url)
    assert hit.headers["x-page-cache"] == "hit"
    assert hit.headers[nginx.VIEW_HEADER] == str(article.pk)


def test_it_hands_out_a_fresh_stamp_for_the_comment_form(client):
    from rostra.readers.forms import stamp_age

    first = client.get("/en/comments/stamp/")
    second = client.get("/en/comments/stamp/")
    assert first["Cache-Control"] == "no-store"
    assert first.content != second.content
    assert stamp_age(first.content.decode()) is not None


def test_it_removes_nginx_copies_on_publishing_and_comment_moderation(app, make_article, editor):
    article = make_article(title="First title")
    path = stored(app, article)
    article.title = "Second title"
    article.save_revision(user=editor).publish()
    assert not path.exists()
    assert "Second title" in stored(app, article).read_text()
    from rostra.readers import pagecache

    pagecache.invalidate_pages([article.pk])  # as comment moderation and written views do
    assert not path.exists()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _fetch(url, method="GET", **headers):
    request = urllib.request.Request(url, method=method, headers={"Host": "testserver", **headers})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), b""


@contextlib.contextmanager
def running_nginx(prefix: Path, upstream: str, probe_path: str):
    """nginx with `rostra nginx_config --standalone` on a free loopback port (bounded waits);
    yields its base URL."""
    port = _free_port()
    user = ["--user", "root"] if os.geteuid() == 0 else []
    call_command(
        "nginx_config",
        "--listen", f"127.0.0.1:{port}", "--upstream", upstream,
        "--standalone", str(prefix), "--workers", "1", "-o", str(prefix / "nginx.conf"),
        *user,
    )  # fmt: skip
    process = subprocess.Popen(
        [NGINX, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-e", str(prefix / "e.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:  # until nginx answers
            assert process.poll() is None, (
                process.stderr.read() if process.stderr else b""
            ).decode()
            try:
                _fetch(base + probe_path, **{"User-Agent": "probe-bot"})
                break
            except OSError:
                assert time.monotonic() < deadline, "nginx did not start"
                time.sleep(0.05)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGQUIT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@pytest.mark.skipif(not NGINX.exists(), reason="Debian's nginx-light is not installed")
def test_it_serves_the_page_from_nginx_and_counts_each_visitor_once(
    app, make_article, editor, tmp_path
):
    article = make_article(title="Served by nginx")
    stored(app, article)
    dead = _free_port()  # nothing listens upstream: a miss is a 502
    with running_nginx(tmp_path / "nginx", f"127.0.0.1:{dead}", "/") as base:
        url = base + article.url
        status, headers, body = _fetch(url, **{"User-Agent": BROWSER})
        assert status == 200 and headers["X-Page-Cache"] == "nginx"
        assert b"Served by nginx" in body
        # The same security policy and headers as the page Rostra serves itself.
        own = get(app, article.url).headers
        for name in (*nginx.SHARED_HEADERS, "Content-Language"):
            assert headers.get(name) == own.get(name), name
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        for visitor in ("198.51.100.1", "198.51.100.2", "198.51.100.2"):
            assert _fetch(url, **{"User-Agent": BROWSER, "X-Forwarded-For": visitor})[0] == 200
        assert _fetch(url, **{"User-Agent": "Googlebot/2.1"})[0] == 200
        assert _fetch(url, **{"User-Agent": BROWSER, "Sec-Purpose": "prefetch"})[0] == 200
        assert _fetch(url, method="HEAD", **{"User-Agent": BROWSER + " HEAD"})[0] == 200
        signed_in = _fetch(url, **{"User-Agent": BROWSER, "Cookie": "sessionid=x"})
        assert signed_in[0] == 502  # never a cached file: to Rostra (not running here)
        assert _fetch(url + "?reply=1", **{"User-Agent": BROWSER})[0] == 502
        # Three visitors: the first request (127.0.0.1) and two addresses.
        tailer = Tailer()
        deadline = time.monotonic() + 20
        counted = tailer.run_once()
        while counted < 3 and time.monotonic() < deadline:  # nginx writes its lines as it goes
            time.sleep(0.05)
            counted += tailer.run_once()
        assert counted == 3, nginx.views_log().read_text()[:3000]
        assert ArticleStats.objects.get(page_id=article.pk).views == 3
        stored(app, article)  # written views moved the article's stamp: written again
        assert _fetch(url, **{"User-Agent": BROWSER})[0] == 200
        article.save_revision(user=editor).publish()
        assert _fetch(url, **{"User-Agent": BROWSER})[0] == 502  # the copy is gone
