"""Buffered views reach the database exactly: under concurrency, across flusher restarts,
and with Redis through an interrupted flush."""

import os
import threading
import uuid

import pytest
from django.db import connection
from django.utils import timezone

from rostra.news.models import ArticleStats
from rostra.readers import counting
from rostra.readers.models import DailyViews, ViewFlush

from .conftest import BROWSER

REDIS_URL = os.environ.get("REDIS_URL")
needs_redis = pytest.mark.skipif(
    not REDIS_URL, reason="REDIS_URL is not set (PostgreSQL+Redis run)"
)


def _total(article) -> int:
    return ArticleStats.objects.filter(page=article).values_list("views", flat=True).first() or 0


@pytest.fixture
def redis_counter():
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    prefix = f"test-{uuid.uuid4().hex}:views:"
    make = lambda: counting.ViewCounter(redis=client, prefix=prefix)  # noqa: E731
    yield make
    for key in client.scan_iter(prefix + "*"):
        client.delete(key)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_counts_many_concurrent_distinct_visitors_exactly(make_article, counter):
    from django.test import Client

    article = make_article()
    threads, per_thread = 8, 25

    def read(n: int) -> None:
        browser = Client()
        try:
            for i in range(per_thread):
                response = browser.get(
                    article.url, REMOTE_ADDR=f"10.0.{n}.{i}", HTTP_USER_AGENT=BROWSER
                )
                assert response.status_code == 200
        finally:
            connection.close()

    workers = [threading.Thread(target=read, args=(n,)) for n in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert counter.flush() == threads * per_thread
    assert _total(article) == threads * per_thread
    today = DailyViews.objects.get(page=article)
    assert today.views == threads * per_thread


@pytest.mark.django_db
def test_it_loses_nothing_when_the_flusher_restarts(make_article, counter, settings):
    article = make_article()
    counter.start(interval=3600)  # a flusher that would not flush by itself in this test
    for n in range(50):
        assert counter.record(article.pk, f"visitor-{n}")
    counter.stop()  # restart: the stop writes what was acknowledged
    counter.start(interval=3600)
    for n in range(50, 80):
        counter.record(article.pk, f"visitor-{n}")
    counter.stop()
    assert _total(article) == 80


@pytest.mark.django_db
def test_it_keeps_the_counts_when_writing_fails(make_article, counter, monkeypatch):
    article = make_article()
    for n in range(5):
        counter.record(article.pk, f"v{n}")

    def broken(*args, **kwargs):
        raise RuntimeError("database away")

    monkeypatch.setattr(counting, "apply_counts", broken)
    with pytest.raises(RuntimeError):
        counter.flush()
    assert counter.pending(article.pk) == 5
    monkeypatch.undo()
    assert counter.flush() == 5
    assert _total(article) == 5


@needs_redis
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_counts_concurrent_visitors_through_redis_exactly(make_article, redis_counter):
    article = make_article()
    workers = [redis_counter() for _ in range(4)]  # four processes' counters, one Redis

    def read(counter, n: int) -> None:
        for i in range(100):
            counter.record(article.pk, f"visitor-{i}")  # the same 100 visitors everywhere
            counter.record(article.pk, f"own-{n}-{i}")
        counter.forward()

    threads = [threading.Thread(target=read, args=(c, n)) for n, c in enumerate(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert workers[0].pending(article.pk) == 100 + 4 * 100
    assert workers[1].flush() == 500
    assert _total(article) == 500
    assert workers[2].flush() == 0


@needs_redis
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_finishes_an_interrupted_redis_flush_without_counting_twice(
    make_article, redis_counter, monkeypatch
):
    article = make_article()
    first = redis_counter()
    for n in range(30):
        first.record(article.pk, f"v{n}")
    first.forward()

    # The flusher dies after its transaction committed, before it deleted the batch.
    original_delete = first.redis.delete
    monkeypatch.setattr(first.redis, "delete", lambda *a: (_ for _ in ()).throw(SystemExit))
    with pytest.raises(SystemExit):
        first.flush()
    monkeypatch.setattr(first.redis, "delete", original_delete)
    assert _total(article) == 30
    assert ViewFlush.objects.count() == 1

    # A new flusher finds the batch left behind: recognised by its flush id, not re-applied.
    second = redis_counter()
    for n in range(30, 40):
        second.record(article.pk, f"v{n}")
    second.forward()
    assert second.flush() == 10
    assert _total(article) == 40

    # One that dies before its transaction: the next flush applies the batch once.
    for n in range(40, 45):
        second.record(article.pk, f"v{n}")
    second.forward()
    monkeypatch.setattr(counting, "apply_counts", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        second.flush()
    monkeypatch.undo()
    assert redis_counter().flush() == 5
    assert _total(article) == 45
    assert DailyViews.objects.get(page=article, date=timezone.localdate()).views == 45


@pytest.mark.django_db
def test_it_flushes_with_the_scheduled_jobs(make_article, counter):
    from rostra.core.scheduler import run_due_jobs

    article = make_article()
    for n in range(3):
        counter.record(article.pk, f"v{n}")
    run_due_jobs()
    assert _total(article) == 3
    assert counter.pending(article.pk) == 0
