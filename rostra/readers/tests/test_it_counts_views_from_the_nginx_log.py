"""Views of pages nginx served: read from its log exactly once (readers.viewlog)."""

from __future__ import annotations

import os
import time

import pytest

from rostra.news.models import ArticleStats
from rostra.readers import nginx
from rostra.readers.models import DailyViews, ViewLogPosition
from rostra.readers.viewlog import Tailer

from .conftest import BROWSER

pytestmark = pytest.mark.django_db


@pytest.fixture
def nginx_dir(settings, tmp_path):
    settings.ROSTRA_NGINX_PAGES = True
    settings.ROSTRA_NGINX_DIR = tmp_path
    settings.ROSTRA_NGINX_VIEWS_LOG = tmp_path / "views.log"
    settings.ROSTRA_TRUST_FORWARDED_FOR = True
    return tmp_path


@pytest.fixture
def article(make_article, nginx_dir):
    article = make_article(title="Logged")
    # What the page cache leaves when it writes the page for nginx: the path's article.
    nginx.write_page(
        (b"example.org", article.url.encode(), b""),
        b"<html></html>",
        article.pk,
        article.pk,
        lambda: True,
    )
    return article


def line(
    article,
    visitor="198.51.100.1",
    *,
    view="file",
    method="GET",
    status=200,
    agent=BROWSER,
    purpose="",
    when=None,
) -> str:
    """One line in nginx's `rostra_file`/`rostra_proxied` format (nginx.py)."""
    when = time.time() if when is None else when
    fields = [
        f"{when:.3f}",
        method,
        str(status),
        "127.0.0.1",
        visitor,
        purpose or "-",
        "-",
        "-",
        view,
        "example.org",
        article.url,
        agent or "-",
    ]
    return "\t".join(fields) + "\n"


def append(path, *lines) -> None:
    with open(path, "a") as log:
        log.write("".join(lines))


def views(article) -> int:
    row = ArticleStats.objects.filter(page_id=article.pk).first()
    return row.views if row else 0


def test_it_counts_one_view_per_visitor(article, nginx_dir):
    log = nginx.views_log()
    append(
        log,
        line(article, "198.51.100.1"),
        line(article, "198.51.100.1"),
        line(article, "198.51.100.2"),
        line(article, "198.51.100.3", view=str(article.pk)),
    )
    assert Tailer().run_once() == 3
    assert views(article) == 3
    assert sum(DailyViews.objects.filter(page_id=article.pk).values_list("views", flat=True)) == 3


def test_it_counts_no_robot_prefetch_head_or_refused_line(article, nginx_dir):
    append(
        nginx.views_log(),
        line(article, "198.51.100.1", agent="Googlebot/2.1"),
        line(article, "198.51.100.2", agent=""),
        line(article, "198.51.100.3", purpose="prefetch;prerender"),
        line(article, "198.51.100.4", method="HEAD"),
        line(article, "198.51.100.5", status=502),
        line(article, "198.51.100.6", view="-"),  # Rostra answered, did not count it
        "not a line of ours\n",
    )
    assert Tailer().run_once() == 0
    assert views(article) == 0


def test_it_counts_nothing_twice_across_restarts_and_waits_for_a_whole_line(article, nginx_dir):
    log = nginx.views_log()
    append(log, line(article, "198.51.100.1"), line(article, "198.51.100.2")[:20])
    assert Tailer().run_once() == 1
    assert Tailer().run_once() == 0  # a new tailer (a restart) starts where the last one ended
    append(log, line(article, "198.51.100.2")[20:], line(article, "198.51.100.3"))
    assert Tailer().run_once() == 2
    assert views(article) == 3
    position = ViewLogPosition.objects.get()
    assert (position.inode, position.offset) == (os.stat(log).st_ino, os.path.getsize(log))


def test_it_follows_a_rotated_log_and_loses_nothing(article, nginx_dir):
    log = nginx.views_log()
    tailer = Tailer()
    append(log, line(article, "198.51.100.1"))
    assert tailer.run_once() == 1
    # logrotate renames the log; nginx writes on into the old file until it reopens its logs.
    os.rename(log, f"{log}.1")
    append(f"{log}.1", line(article, "198.51.100.2"))
    append(log, line(article, "198.51.100.3"))
    assert tailer.run_once() == 1  # the old file's new line; the old file is not quiet yet
    append(f"{log}.1", line(article, "198.51.100.4"))
    quiet = time.time() - 60
    os.utime(f"{log}.1", (quiet, quiet))
    assert Tailer().run_once() == 2  # the rest of the old file, then the new one
    append(log, line(article, "198.51.100.5"))
    os.remove(f"{log}.1")
    assert Tailer().run_once() == 1
    assert views(article) == 5


def test_it_reads_a_log_truncated_in_place_from_its_start(article, nginx_dir):
    log = nginx.views_log()
    append(log, line(article, "198.51.100.1"), line(article, "198.51.100.2"))
    assert Tailer().run_once() == 2
    with open(log, "w"):  # copytruncate
        pass
    append(log, line(article, "198.51.100.3"))
    assert Tailer().run_once() == 1
    assert views(article) == 3


def test_it_counts_a_failed_write_next_time(article, nginx_dir, monkeypatch):
    from rostra.readers import counting

    append(nginx.views_log(), line(article, "198.51.100.1"))
    tailer = Tailer()
    real = counting.apply_counts

    def broken(counts, flush_id=None):
        raise RuntimeError("database away")

    monkeypatch.setattr(counting, "apply_counts", broken)
    with pytest.raises(RuntimeError):
        tailer.run_once()
    monkeypatch.setattr(counting, "apply_counts", real)
    assert tailer.run_once() == 1
    assert views(article) == 1
