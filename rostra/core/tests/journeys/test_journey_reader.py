"""Journey of a reader: the home page, the news, an article, on a desktop in English and on a
phone in German (the language whose words are longest). Every public page passes axe-core's
WCAG 2.1 A/AA rules.
"""

from __future__ import annotations

import pytest

from rostra.news import builders

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fast_passwords"),
]


@pytest.fixture
def news(make_article):
    articles = {}
    for language, names, title, lead in (
        (
            "en",
            ("Meetings", "Culture", "Chapters", "Youth exchanges", "Anniversaries"),
            "Congress opens in Geneva",
            "Delegates from forty countries met on Monday.",
        ),
        (
            "de",
            ("Versammlungen", "Kultur", "Sektionen", "Jugendaustausch", "Jahrestage"),
            "Kongress in Genf eröffnet",
            "Delegierte aus vierzig Ländern kamen am Montag zusammen.",
        ),
    ):
        categories = [builders.category(language, f"c{n}", name) for n, name in enumerate(names)]
        photo = builders.make_image(f"Hall {language}", size=(800, 533))
        article = make_article(
            language,
            title=title,
            lead=lead,
            place="Geneva",
            category=categories[0],
            lead_image=photo,
        )
        article.gallery_images.create(image=photo, caption=f"{title}: the hall")
        article.save_revision().publish()
        articles[language] = article
    return articles


def test_it_takes_a_reader_from_the_home_page_to_an_article_on_a_desktop_and_a_phone(visit, news):
    # One test for both sizes: a second test in a module with a live server found the
    # database without its locales after the first one's flush (serialized rollback).
    _desktop_in_english(visit, news)
    _phone_in_german(visit, news)


def _desktop_in_english(visit, news):
    v = visit("reader", "desktop", "en")
    page = v.page
    v.goto("/en/")
    organization = page.locator("script[type='application/ld+json']").inner_text()
    assert '"@type":"Organization"' in organization
    assert page.locator("meta[property='og:title']").count() == 1
    feeds = page.locator("head link[rel=alternate][type='application/rss+xml']")
    assert feeds.get_attribute("href") == "/en/news/feed/rss/"
    assert page.get_by_role("link", name="Subscribe to the news").is_visible()
    assert not page.locator(".nav-toggle").is_visible()
    assert page.locator(".site-nav").is_visible()
    assert page.locator(".category-bar").count() == 0  # the home page is not the news section
    v.shot("home")
    v.assert_accessible()

    page.get_by_role("link", name="News", exact=True).first.click()
    page.wait_for_url(f"{v.base}/en/news/")
    assert page.locator(".category-bar").is_visible()
    v.shot("news")
    v.assert_accessible()

    page.get_by_role("link", name="Congress opens in Geneva").first.click()
    page.wait_for_url(f"{v.base}{news['en'].url}")
    alt = page.locator(".lead-photo img").get_attribute("alt")
    assert alt == "Congress opens in Geneva: the hall"
    # Sharing: structured data, link previews, and buttons of the site's own.
    import json

    data = json.loads(page.locator("script[type='application/ld+json']").inner_text())
    assert data["@type"] == "NewsArticle" and data["headline"] == "Congress opens in Geneva"
    assert page.locator("meta[property='og:image']").count() == 1
    mail = page.get_by_role("link", name="Send by e-mail")
    assert mail.get_attribute("href").startswith("mailto:?subject=Congress%20opens")
    v.shot("article")
    v.assert_accessible()
    assert v.errors == [] and v.outside == []


def _phone_in_german(visit, news):
    v = visit("reader", "phone", "de")
    page = v.page
    v.goto("/de/")
    toggle = page.get_by_role("button", name="Menü")
    assert toggle.is_visible()
    assert not page.locator(".site-nav").is_visible()
    assert page.locator(".category-bar").count() == 0
    header = page.locator(".site-header").bounding_box()
    assert header["height"] < 160, header
    first_card = page.locator(".card").first.bounding_box()
    assert first_card["y"] < 844  # an article on the first screen
    v.shot("home")
    v.assert_accessible()

    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    nav = page.locator(".site-nav")
    assert nav.is_visible()
    v.shot("menu-open")
    v.assert_accessible()
    nav.get_by_role("link", name="Nachrichten").click()
    page.wait_for_url(f"{v.base}/de/*/")
    assert page.locator(".category-bar").is_visible()
    assert not page.locator(".site-nav").is_visible()  # folded again on the next page
    v.shot("news")
    v.assert_accessible()

    page.get_by_role("link", name="Kongress in Genf eröffnet").first.click()
    assert page.locator("main h1").inner_text() == "Kongress in Genf eröffnet"
    v.shot("article")
    v.assert_accessible()
    assert v.errors == [] and v.outside == []
