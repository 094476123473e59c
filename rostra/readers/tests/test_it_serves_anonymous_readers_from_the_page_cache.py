"""The ASGI page cache: hits for anonymous readers, views still counted, invalidated by
publishing and by comment moderation, nothing per-user stored or leaked."""

import asyncio
import os

import httpx
import pytest

from rostra.news import builders
from rostra.readers import actions, counting
from rostra.readers.pagecache import PageCache

from .conftest import BROWSER

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def app(settings):
    from rostra.core.asgi import get_django_application

    settings.ROSTRA_PAGE_CACHE_CHECK_MS = 0  # every hit checks the stamps
    return PageCache(get_django_application(1))


def warm(app, url) -> None:
    """A new path is rendered twice: the first copy cannot know its article's stamp yet."""
    get(app, url)
    get(app, url)


def get(app, url, address="192.0.2.1", **headers):
    headers.setdefault("user-agent", BROWSER)

    async def go():
        transport = httpx.ASGITransport(app=app, client=(address, 5000))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            return await c.get(url, headers=headers)

    return asyncio.run(go())


def test_it_serves_the_second_anonymous_request_from_the_cache(app, make_article):
    article = make_article(title="Cached")
    get(app, article.url)
    first = get(app, article.url)
    second = get(app, article.url)
    assert first.status_code == second.status_code == 200
    assert "x-page-cache" not in first.headers
    assert second.headers["x-page-cache"] == "hit"
    assert second.text.replace(_stamp(second), "") == first.text.replace(_stamp(first), "")
    for response in (first, second):
        assert not any(h.lower().startswith("x-rostra") for h in response.headers)
        assert "set-cookie" not in response.headers


def _stamp(response) -> str:
    import re

    return re.search(r'name="shown" value="([^"]+)"', response.text).group(1)


def test_it_counts_views_on_cache_hits(app, make_article):
    article = make_article()
    counter = counting.ViewCounter()
    counting.set_counter(counter)
    warm(app, article.url)
    for n in range(2, 6):
        assert get(app, article.url, address=f"192.0.2.{n}").headers["x-page-cache"] == "hit"
    get(app, article.url, address="192.0.2.5")  # the same visitor again
    get(app, article.url, address="192.0.2.6", **{"user-agent": "Googlebot/2.1"})
    get(app, article.url, address="192.0.2.7", **{"sec-purpose": "prefetch"})
    assert counter.pending(article.pk) == 5


def test_it_puts_a_fresh_form_stamp_into_every_hit(app, make_article, monkeypatch):
    from rostra.readers import forms

    article = make_article()
    warm(app, article.url)
    monkeypatch.setattr(forms.time, "time", lambda: 4_000_000_000)
    hit = get(app, article.url)
    assert hit.headers["x-page-cache"] == "hit"
    assert forms.stamp_age(_stamp(hit)) is not None
    assert _stamp(hit).startswith("4000000000:")


def test_it_never_serves_or_stores_pages_for_sessions(app, make_article):
    article = make_article()
    warm(app, article.url)
    with_session = get(app, article.url, cookie="sessionid=abc")
    assert "x-page-cache" not in with_session.headers
    with_csrf = get(app, article.url, cookie="csrftoken=abc")
    assert "x-page-cache" not in with_csrf.headers
    assert get(app, article.url, cookie="theme=dark").headers["x-page-cache"] == "hit"


def test_it_does_not_store_pages_with_a_csrf_token(app, make_article, outsider, client):
    client.force_login(outsider)
    article = make_article()
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    signed_in = get(app, article.url, cookie=cookie)
    assert "csrfmiddlewaretoken" in signed_in.text
    anonymous = get(app, article.url)
    assert "x-page-cache" not in anonymous.headers  # the signed-in page was not kept
    assert "csrfmiddlewaretoken" not in anonymous.text


def test_it_forgets_an_article_when_a_comment_is_approved(app, make_article, moderator):
    article = make_article()
    comment = actions.do_post_comment(article, body="Kind words", name="G", email="g@example.org")
    warm(app, article.url)
    assert get(app, article.url).headers["x-page-cache"] == "hit"
    assert "Kind words" not in get(app, article.url).text
    actions.do_moderate([comment.pk], "approved", moderator)
    fresh = get(app, article.url)
    assert "x-page-cache" not in fresh.headers
    assert "Kind words" in fresh.text


def test_it_forgets_pages_when_an_article_or_translation_is_published(app, make_article, editor):
    article = make_article(title="First title")
    index_url = article.get_parent().url
    assert "First title" in get(app, index_url).text
    get(app, article.url)
    russian = builders.translate_article(article, "ru", title="Перевод")
    page = get(app, article.url)
    assert "x-page-cache" not in page.headers  # the language switcher now offers Russian
    assert russian.url in page.text
    article.title = "Second title"
    article.save_revision(user=editor).publish()
    assert "Second title" in get(app, index_url).text
    assert "Second title" in get(app, article.url).text


def test_it_lets_other_processes_see_invalidations_through_the_stamps(app, make_article):
    from rostra.readers import pagecache

    article = make_article()
    warm(app, article.url)
    assert get(app, article.url).headers["x-page-cache"] == "hit"
    # Another worker invalidates: only the shared stamp moves, not this process's memory.
    pagecache.stamps().bump([f"page-{article.pk}"])
    assert "x-page-cache" not in get(app, article.url).headers


def test_it_does_not_cache_search_or_errors(app, make_article):
    make_article()
    get(app, "/en/search/?q=x")
    assert "x-page-cache" not in get(app, "/en/search/?q=x").headers
    get(app, "/en/news/missing/")
    assert "x-page-cache" not in get(app, "/en/news/missing/").headers


def test_it_does_not_count_head_requests_on_cached_pages(app, make_article):
    article = make_article()
    counter = counting.ViewCounter()
    counting.set_counter(counter)
    warm(app, article.url)
    before = counter.pending(article.pk)

    async def heads():
        transport = httpx.ASGITransport(app=app, client=("192.0.2.1", 5000))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            return [
                await c.head(article.url, headers={"user-agent": f"{BROWSER} {n}"})
                for n in range(30)
            ]

    responses = asyncio.run(heads())
    assert all(r.headers["x-page-cache"] == "hit" for r in responses)
    assert counter.pending(article.pk) == before
