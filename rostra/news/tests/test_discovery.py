"""How search engines and link previews find the site: sitemap.xml, robots.txt, canonical links
and OpenGraph; and that drafts stay out of all of them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import feedparser
import pytest
from defusedxml import ElementTree as ET
from django.conf import settings
from django.core.files.storage import default_storage

from rostra.news import builders

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_passwords")]

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
HOMES_AND_INDEXES = {
    f"/{language}/{suffix}"
    for language in ("en", "ru", "zh-hans", "de")
    for suffix in ("", "news/")
}


@pytest.fixture
def site(make_article):
    meetings = builders.category("en", "meetings", "Meetings")
    congress = make_article(
        title="Congress opens",
        slug="congress-opens",
        category=meetings,
        tags=["congress"],
        lead="Delegates met in Geneva.",
        lead_image=builders.make_image("Lead", size=(1000, 667)),
    )
    russian = builders.translate_article(congress, "ru", title="Конгресс открылся")
    german = make_article("de", title="Nur auf Deutsch", slug="nur-auf-deutsch")
    return {"congress": congress, "russian": russian, "german": german, "meetings": meetings}


def _sitemap(client) -> dict[str, dict[str, str]]:
    """{location: {hreflang: alternate location}} of /sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['sm']}}}urlset"
    entries = {}
    for url in root.findall("sm:url", NS):
        location = url.findtext("sm:loc", namespaces=NS)
        assert location not in entries, f"{location} is listed twice"
        entries[location] = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link[@rel='alternate']", NS)
        }
    return entries


def _path(url: str) -> str:
    return urlsplit(url).path


def _meta(page, prop: str) -> str | None:
    tag = page.select_one(f'head meta[property="{prop}"]')
    return tag["content"] if tag else None


def test_it_lists_every_live_page_of_every_language_in_the_sitemap(site, client):
    paths = {_path(location) for location in _sitemap(client)}
    assert paths == HOMES_AND_INDEXES | {
        "/en/news/congress-opens/",
        site["russian"].url,
        "/de/news/nur-auf-deutsch/",
    }


def test_it_gives_the_translations_of_a_page_as_hreflang_alternates_in_the_sitemap(site, client):
    by_path = {_path(location): alternates for location, alternates in _sitemap(client).items()}
    congress = {code: _path(url) for code, url in by_path["/en/news/congress-opens/"].items()}
    assert congress == {
        "en": "/en/news/congress-opens/",
        "ru": site["russian"].url,
        "x-default": "/en/news/congress-opens/",
    }
    assert by_path[site["russian"].url] == by_path["/en/news/congress-opens/"]
    assert set(by_path["/zh-hans/"]) == {"en", "ru", "zh-Hans", "de", "x-default"}
    assert by_path["/de/news/nur-auf-deutsch/"] == {}


def test_it_gives_in_the_sitemap_the_same_addresses_as_the_pages_canonical_links(
    site, client, html
):
    # A sitemap lists the canonical URL of each page, on the host the sitemap itself is on
    # (robots.txt points to it under SITE_URL).
    for location in _sitemap(client):
        assert location.startswith(settings.SITE_URL + "/"), location
        page = html(client.get(_path(location)))
        assert page.select_one("head link[rel=canonical]")["href"] == location


def test_it_gives_the_article_one_absolute_canonical_link(site, client, html):
    page = html(client.get(site["congress"].url))
    canonical = page.select("head link[rel=canonical]")
    assert [link["href"] for link in canonical] == [settings.SITE_URL + "/en/news/congress-opens/"]


def test_it_describes_the_article_for_link_previews_with_opengraph(site, client, html):
    page = html(client.get(site["congress"].url))
    assert _meta(page, "og:title") == "Congress opens"
    assert _meta(page, "og:type") == "article"
    assert _meta(page, "og:url") == settings.SITE_URL + "/en/news/congress-opens/"
    assert _meta(page, "og:description") == "Delegates met in Geneva."
    image = _meta(page, "og:image")
    parts = urlsplit(image)
    assert parts.scheme in ("http", "https") and parts.netloc, image
    assert default_storage.exists(parts.path.removeprefix(settings.MEDIA_URL))
    assert int(_meta(page, "og:image:width")) >= 600
    assert _meta(page, "og:locale")


def test_it_gives_opengraph_locales_in_the_language_territory_form(
    site, make_article, client, html
):
    # OpenGraph's og:locale is language_TERRITORY (en_US, ru_RU, zh_CN), not a BCP 47 tag.
    chinese = make_article("zh-hans", title="代表大会开幕")
    for article in (site["congress"], site["russian"], chinese):
        locale = _meta(html(client.get(article.url)), "og:locale")
        assert re.fullmatch(r"[a-z]{2,3}_[A-Z]{2}", locale or ""), locale


def test_it_points_robots_to_the_sitemap(site, client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    sitemaps = [
        line.split(":", 1)[1].strip()
        for line in response.content.decode().splitlines()
        if line.lower().startswith("sitemap:")
    ]
    assert sitemaps == [settings.SITE_URL + "/sitemap.xml"]
    assert client.get(_path(sitemaps[0])).status_code == 200


def test_it_keeps_drafts_and_withdrawn_articles_out_of_sitemap_feeds_and_listings(
    site, make_article, client
):
    draft = make_article(
        title="Secret draft",
        slug="secret-draft",
        category=site["meetings"],
        tags=["congress"],
        publish=False,
    )
    withdrawn = make_article(
        title="Withdrawn story",
        slug="withdrawn-story",
        category=site["meetings"],
        tags=["congress"],
    )
    withdrawn.unpublish()

    assert not {"secret-draft", "withdrawn-story"} & {
        _path(location).rstrip("/").rsplit("/", 1)[-1] for location in _sitemap(client)
    }
    for kind in ("rss", "atom"):
        for url in (f"/en/news/feed/{kind}/", f"/en/news/category/meetings/feed/{kind}/"):
            titles = [entry.title for entry in feedparser.parse(client.get(url).content).entries]
            assert titles == ["Congress opens"], url
    for url in ("/en/", "/en/news/", "/en/news/category/meetings/", "/en/news/tag/congress/"):
        text = client.get(url).content.decode()
        assert "Congress opens" in text, url
        assert "Secret draft" not in text and "Withdrawn story" not in text, url
    archive = client.get(f"/en/news/archive/{draft.date.year}/{draft.date.month}/")
    assert "Secret draft" not in archive.content.decode()
    assert client.get(draft.url or "/en/news/secret-draft/").status_code == 404
    assert client.get("/en/news/withdrawn-story/").status_code == 404
    assert withdrawn.url is None or client.get(withdrawn.url).status_code == 404
