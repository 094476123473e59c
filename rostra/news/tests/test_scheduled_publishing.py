"""Scheduled publishing: an approved article goes live at its time while the site runs."""

import datetime
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.utils import timezone

from rostra.core.scheduler import run_due_jobs
from rostra.news.models import ArticlePage

RUN = [str(Path(sys.executable).with_name("rostra"))]


def _schedule(article: ArticlePage, when: datetime.datetime, user) -> None:
    article.go_live_at = when
    article.save_revision(user=user).publish(user=user, skip_permission_checks=True)


@pytest.mark.django_db
def test_it_publishes_due_articles_and_leaves_future_ones(make_article, chief_editor):
    due = make_article("en", title="Due now", publish=False)
    later = make_article("en", title="Due tomorrow", publish=False)
    _schedule(due, timezone.now() + datetime.timedelta(seconds=1), chief_editor)
    _schedule(later, timezone.now() + datetime.timedelta(days=1), chief_editor)
    assert not ArticlePage.objects.get(pk=due.pk).live

    time.sleep(1.2)  # let the first one fall due
    run_due_jobs()

    assert ArticlePage.objects.get(pk=due.pk).live
    assert not ArticlePage.objects.get(pk=later.pk).live


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


SCHEDULE_SCRIPT = """
import datetime
from django.utils import timezone
from rostra.news import builders
index = builders.locale_tree("en")
article = builders.create_article(index, title="Scheduled report", slug="scheduled-report",
                                  publish=False)
article.go_live_at = timezone.now() + datetime.timedelta(days=1)
article.save_revision().publish()
print("scheduled", article.live)
"""
# Reschedules it a moment ahead once the server is seen serving the 404: no race with the
# server's start, however slow the machine.
DUE_SOON_SCRIPT = """
import datetime
from django.utils import timezone
from rostra.news.models import ArticlePage
article = ArticlePage.objects.get(slug="scheduled-report")
article.go_live_at = timezone.now() + datetime.timedelta(seconds=2)
article.save_revision().publish()
print("due", article.live)
"""


def test_it_goes_live_at_its_time_while_rostra_serve_runs(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(ROSTRA_DATA_DIR=str(tmp_path), ROSTRA_SCHEDULER_INTERVAL="1")
    subprocess.run([*RUN, "migrate", "-v0"], env=env, check=True, timeout=300)

    def shell(script: str) -> str:
        return subprocess.run(
            [*RUN, "shell", "-c", script],
            env=env,
            check=True,
            timeout=120,
            capture_output=True,
            text=True,
        ).stdout

    assert "scheduled False" in shell(SCHEDULE_SCRIPT)

    port = _free_port()
    url = f"http://127.0.0.1:{port}/en/news/scheduled-report/"
    log = open(tmp_path / "serve.log", "w")  # noqa: SIM115  (closed in finally)
    server = subprocess.Popen(
        [*RUN, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )

    def wait_for(status: int) -> list[int]:
        deadline = time.monotonic() + 120  # a loaded CI machine starts slowly
        statuses = [_status(url)]
        while statuses[-1] != status and time.monotonic() < deadline:
            time.sleep(0.5)
            statuses.append(_status(url))
        return statuses

    try:
        before = wait_for(404)
        server_log = (tmp_path / "serve.log").read_text()
        assert before[-1] == 404, f"not served, or public before its time: {before} {server_log}"
        assert "due False" in shell(DUE_SOON_SCRIPT)
        after = wait_for(200)
        server_log = (tmp_path / "serve.log").read_text()
        assert after[-1] == 200, f"not published in time: {after[-5:]} {server_log}"
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()
