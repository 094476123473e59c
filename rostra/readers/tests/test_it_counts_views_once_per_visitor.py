"""A view counts once per visitor and window; not robots, prefetches, previews or editors."""

import re

import pytest

from rostra.readers import counting, visitors

from .conftest import BROWSER

pytestmark = pytest.mark.django_db


def _shown(client, article, **headers) -> int:
    response = client.get(article.url, **headers)
    text = response.content.decode()
    return int(re.search(r"Views:</dt> <dd>(\d+)", text).group(1))


def test_it_counts_a_visitor_once_within_the_window(make_article, client, counter, settings):
    article = make_article()
    assert _shown(client, article, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.1") == 1
    assert _shown(client, article, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.1") == 1
    assert _shown(client, article, HTTP_USER_AGENT=BROWSER + " x", REMOTE_ADDR="192.0.2.1") == 2
    assert _shown(client, article, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.2") == 3
    counter.flush()
    article.stats.refresh_from_db()
    assert article.stats.views == 3
    assert _shown(client, article, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.1") == 3


def test_it_counts_again_after_the_window(make_article, counter, monkeypatch):
    article = make_article()
    now = [1000.0]
    monkeypatch.setattr(counting.time, "monotonic", lambda: now[0])
    assert counter.record(article.pk, "v1")
    assert not counter.record(article.pk, "v1")
    now[0] += counter.window + 1
    assert counter.record(article.pk, "v1")
    assert counter.pending(article.pk) == 2


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_USER_AGENT": "Googlebot/2.1 (+http://www.google.com/bot.html)"},
        {"HTTP_USER_AGENT": "facebookexternalhit/1.1"},
        {"HTTP_USER_AGENT": "curl/8.5.0"},
        {"HTTP_USER_AGENT": ""},
        {"HTTP_USER_AGENT": BROWSER, "HTTP_SEC_PURPOSE": "prefetch;prerender"},
        {"HTTP_USER_AGENT": BROWSER, "HTTP_PURPOSE": "prefetch"},
        {"HTTP_USER_AGENT": BROWSER, "HTTP_X_MOZ": "prefetch"},
    ],
)
def test_it_does_not_count_robots_or_prefetches(make_article, client, counter, headers):
    article = make_article()
    client.get(article.url, REMOTE_ADDR="192.0.2.9", **headers)
    assert counter.pending(article.pk) == 0


def test_it_does_not_count_the_articles_editors(
    make_article, client, counter, editor, chief_editor, outsider
):
    article = make_article(owner=editor)
    for user in (editor, chief_editor):
        client.force_login(user)
        client.get(article.url, HTTP_USER_AGENT=BROWSER)
    assert counter.pending(article.pk) == 0
    client.force_login(outsider)
    client.get(article.url, HTTP_USER_AGENT=BROWSER)
    assert counter.pending(article.pk) == 1


def test_it_does_not_count_previews(make_article, client, counter, editor):
    article = make_article(owner=editor)
    client.force_login(editor)
    response = client.get(f"/admin/pages/{article.pk}/edit/preview/", HTTP_USER_AGENT=BROWSER)
    assert response.status_code in (200, 302, 400, 405)
    assert counter.pending(article.pk) == 0


def test_it_recognises_visitors_without_keeping_their_address(settings):
    today = visitors.visitor_id("192.0.2.1", BROWSER)
    assert "192.0.2.1" not in today and len(today) == 24
    assert visitors.visitor_id("192.0.2.1", BROWSER) == today
    visitors.forget_salt()
    from django.core.cache import cache

    cache.clear()  # the next day: a new salt, yesterday's is gone
    assert visitors.visitor_id("192.0.2.1", BROWSER) != today


def test_it_draws_a_new_salt_each_day():
    first = visitors.daily_salt("2026-11-23")
    assert visitors.daily_salt("2026-11-23") == first
    assert visitors.daily_salt("2026-11-24") != first


def test_it_does_not_count_a_preview_request(make_article, rf, counter):
    from django.contrib.auth.models import AnonymousUser

    from rostra.readers.receivers import should_count

    article = make_article()
    request = rf.get(article.url, HTTP_USER_AGENT=BROWSER)
    request.user = AnonymousUser()
    assert should_count(request, article)
    request.is_preview = True
    assert not should_count(request, article)


def test_it_keeps_the_salt_no_longer_than_its_day(settings):
    from django.core.cache import cache

    visitors.daily_salt()
    key = f"readers:salt:{visitors.today()}"
    assert cache.get(key)
    assert visitors._seconds_left_today() <= 86400


def test_it_bounds_the_memory_of_who_was_counted(make_article, settings):
    from rostra.readers import counting

    article = make_article()
    counter = counting.ViewCounter(max_seen=100)
    for n in range(1000):  # a crowd of new user agents
        assert counter.record(article.pk, f"visitor-{n}")
    assert counter.remembered() == 100
    assert counter.pending(article.pk) == 1000
    assert not counter.record(article.pk, "visitor-999")  # the latest are still remembered
