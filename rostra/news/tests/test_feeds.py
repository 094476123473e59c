"""RSS 2.0 and Atom feeds per language and per category: valid, complete and nothing more."""

from __future__ import annotations

from urllib.parse import urlsplit

import feedparser
import pytest

from rostra.news import builders

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_passwords")]

VERSIONS = {"rss": "rss20", "atom": "atom10"}


@pytest.fixture
def articles(make_article, news_indexes):
    """English articles in two categories, and a Russian one under a Russian news slug."""
    russian_index = news_indexes["ru"]
    russian_index.title = "Новости"
    russian_index.slug = "novosti"
    russian_index.save_revision().publish()

    meetings = builders.category("en", "meetings", "Meetings")
    culture = builders.category("en", "culture", "Culture")
    congress = make_article(title="Congress opens", category=meetings, lead="Delegates met.")
    make_article(title="A concert", category=culture)
    builders.translate_article(congress, "ru", title="Конгресс открылся", lead="Делегаты.")
    make_article("de", title="Nur auf Deutsch")
    return {"meetings": meetings}


def _feed(client, url: str, kind: str):
    response = client.get(url)
    assert response.status_code == 200, url
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == VERSIONS[kind]
    return parsed


def _assert_absolute(url: str) -> None:
    parts = urlsplit(url)
    assert parts.scheme in ("http", "https") and parts.netloc, url


def test_it_lists_the_english_articles_in_the_english_feed(articles, client):
    for kind in VERSIONS:
        feed = _feed(client, f"/en/news/feed/{kind}/", kind)
        assert sorted(entry.title for entry in feed.entries) == ["A concert", "Congress opens"]


def test_it_lists_the_russian_articles_in_the_russian_feed(articles, client):
    for kind in VERSIONS:
        feed = _feed(client, f"/ru/novosti/feed/{kind}/", kind)
        assert [entry.title for entry in feed.entries] == ["Конгресс открылся"]


def test_it_declares_the_language_of_each_feed(articles, client):
    for kind in VERSIONS:
        for url, language in [
            (f"/en/news/feed/{kind}/", "en"),
            (f"/ru/novosti/feed/{kind}/", "ru"),
            (f"/en/news/category/meetings/feed/{kind}/", "en"),
        ]:
            assert _feed(client, url, kind).feed.get("language") == language, url


def test_it_lists_only_the_category_s_articles_in_a_category_feed(articles, client):
    for kind in VERSIONS:
        feed = _feed(client, f"/en/news/category/meetings/feed/{kind}/", kind)
        assert [entry.title for entry in feed.entries] == ["Congress opens"]
        assert "Meetings" in feed.feed.title
        assert [tag.term for tag in feed.entries[0].tags] == ["Meetings"]


def test_it_uses_absolute_links_that_lead_to_the_articles(articles, client):
    for kind in VERSIONS:
        feed = _feed(client, f"/en/news/feed/{kind}/", kind)
        _assert_absolute(feed.feed.link)
        for entry in feed.entries:
            _assert_absolute(entry.link)
            response = client.get(urlsplit(entry.link).path)
            assert response.status_code == 200
            assert entry.title in response.content.decode()


def test_it_gives_each_entry_an_author_a_date_and_a_summary(articles, client):
    for kind in VERSIONS:
        feed = _feed(client, f"/en/news/feed/{kind}/", kind)
        congress = next(entry for entry in feed.entries if entry.title == "Congress opens")
        assert congress.author == "Elena Marsh"
        assert congress.published_parsed is not None
        assert congress.summary == "Delegates met."
        assert len({entry.id for entry in feed.entries}) == len(feed.entries)


def test_it_advertises_the_feeds_on_the_listings(articles, client, html):
    page = html(client.get("/en/news/category/meetings/"))
    feeds = {link["type"]: link["href"] for link in page.select("head link[rel=alternate][type]")}
    assert feeds == {
        "application/rss+xml": "/en/news/category/meetings/feed/rss/",
        "application/atom+xml": "/en/news/category/meetings/feed/atom/",
    }


def test_it_gives_404_for_the_feed_of_an_unknown_category(articles, client):
    assert client.get("/en/news/category/nothing/feed/rss/").status_code == 404
    assert client.get("/ru/novosti/category/culture/feed/atom/").status_code == 404


def test_it_announces_the_feeds_on_the_home_page_with_one_subscribe_link(articles, client, html):
    page = html(client.get("/en/"))
    feeds = {link["type"]: link["href"] for link in page.select("head link[rel=alternate][type]")}
    assert feeds == {
        "application/rss+xml": "/en/news/feed/rss/",
        "application/atom+xml": "/en/news/feed/atom/",
    }
    links = page.select("main a.subscribe-link")
    assert [a.get_text(strip=True) for a in links] == ["Subscribe to the news"]
    assert "RSS" not in page.select_one("main").get_text()
    listing = html(client.get("/en/news/category/meetings/"))
    assert [a["href"] for a in listing.select("main a.subscribe-link")] == [
        "/en/news/category/meetings/feed/rss/"
    ]
    assert "Atom" not in listing.select_one("main").get_text()
