"""`rostra demo --port 9000` (and `rostra serve`): without SITE_URL the site's links follow the
address it serves on; with SITE_URL they keep it."""

from __future__ import annotations

import pytest

from rostra.core.management.commands.serve import follow_serve_address


@pytest.fixture
def restored(settings, monkeypatch):
    settings.SITE_URL = settings.SITE_URL  # restored after the test
    settings.WAGTAILADMIN_BASE_URL = settings.WAGTAILADMIN_BASE_URL
    monkeypatch.delenv("SITE_URL", raising=False)
    return settings


def test_it_links_to_the_address_it_serves_on(restored, news_indexes, make_article, client, html):
    import os

    restored.SITE_URL_FROM_ENV = False
    make_article("en", title="Congress opens")
    follow_serve_address("0.0.0.0", 9000)
    assert os.environ["SITE_URL"] == "http://127.0.0.1:9000"
    page = html(client.get("/en/"))
    assert page.select_one("link[rel=canonical]")["href"] == "http://127.0.0.1:9000/en/"
    hreflangs = [link["href"] for link in page.select("link[rel=alternate][hreflang]")]
    assert hreflangs and all(h.startswith("http://127.0.0.1:9000/") for h in hreflangs)
    assert "http://127.0.0.1:9000/sitemap.xml" in client.get("/robots.txt").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://127.0.0.1:9000/en/news/" in sitemap and ":8000" not in sitemap


def test_it_keeps_a_site_url_that_is_set(restored):
    import os

    restored.SITE_URL_FROM_ENV = True
    restored.SITE_URL = "https://news.example.org"
    follow_serve_address("127.0.0.1", 9000)
    assert restored.SITE_URL == "https://news.example.org"
    assert "SITE_URL" not in os.environ
