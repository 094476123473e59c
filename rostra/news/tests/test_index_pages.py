"""The home page and the listings (category, tag, month) show the right articles, page by page."""

from __future__ import annotations

import datetime
from urllib.parse import urljoin

import pytest

from rostra.news import builders

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_passwords")]

PAGE_SIZE = 2


def _text(element) -> str:
    return " ".join(element.get_text().split())


def _titles(page) -> list[str]:
    return [_text(a) for a in page.select(".card h3 a")]


def _walk(client, html, url: str, max_pages: int = 10) -> tuple[list[str], int]:
    """Every article title of a listing, following its "next" links; and the page count."""
    titles: list[str] = []
    pages = 0
    while url:
        pages += 1
        assert pages <= max_pages, "the listing never ends"
        response = client.get(url)
        assert response.status_code == 200, url
        page = html(response)
        shown = _titles(page)
        assert 0 < len(shown) <= PAGE_SIZE, url
        titles += shown
        next_link = page.select_one("a[rel~=next]")
        url = urljoin(url, next_link["href"]) if next_link else ""
    return titles, pages


@pytest.fixture
def listing(make_article, settings):
    """Five July and June articles about meetings, one about culture, and one in Russian."""
    settings.NEWS_PAGE_SIZE = PAGE_SIZE
    meetings = builders.category("en", "meetings", "Meetings")
    culture = builders.category("en", "culture", "Culture")
    july = [
        make_article(
            title=f"Meeting in July {day}",
            date=datetime.date(2026, 7, day),
            category=meetings,
            tags=["congress"] if day % 2 else ["assembly"],
        )
        for day in (1, 5, 9, 14)
    ]
    june = make_article(
        title="Meeting in June",
        date=datetime.date(2026, 6, 30),
        category=meetings,
        tags=["congress"],
    )
    concert = make_article(title="A concert", date=datetime.date(2026, 7, 20), category=culture)
    russian = make_article(
        "ru",
        title="Русская новость",
        date=datetime.date(2026, 7, 21),
        category=builders.category("ru", "meetings", "Встречи"),
        tags=["congress"],
    )
    return {"july": july, "june": june, "concert": concert, "russian": russian}


def test_it_shows_featured_and_latest_articles_of_the_current_language_on_the_home_page(
    make_article, client, html
):
    make_article(title="Our featured story", featured=True)
    make_article(title="An ordinary story")
    make_article("ru", title="Главная русская новость", featured=True)
    make_article("ru", title="Обычная русская новость")

    english = html(client.get("/en/"))
    featured = english.select_one('[aria-labelledby="featured-heading"]')
    latest = english.select_one('[aria-labelledby="latest-heading"]')
    assert _titles(featured) == ["Our featured story"]
    assert _titles(latest) == ["An ordinary story"]
    assert "русская" not in english.get_text()

    russian = html(client.get("/ru/"))
    assert set(_titles(russian)) == {"Главная русская новость", "Обычная русская новость"}
    assert "story" not in " ".join(_titles(russian))


def test_it_lists_every_article_of_its_language_newest_first_on_the_news_page(
    listing, client, html
):
    titles, pages = _walk(client, html, "/en/news/")
    assert titles == [
        "A concert",
        "Meeting in July 14",
        "Meeting in July 9",
        "Meeting in July 5",
        "Meeting in July 1",
        "Meeting in June",
    ]
    assert pages == 3


def test_it_lists_only_the_category_s_articles_on_a_category_page(listing, client, html):
    titles, pages = _walk(client, html, "/en/news/category/meetings/")
    assert titles == [
        "Meeting in July 14",
        "Meeting in July 9",
        "Meeting in July 5",
        "Meeting in July 1",
        "Meeting in June",
    ]
    assert pages == 3
    assert _walk(client, html, "/en/news/category/culture/")[0] == ["A concert"]
    assert _walk(client, html, "/ru/news/category/meetings/")[0] == ["Русская новость"]


def test_it_lists_only_the_tag_s_articles_of_its_language_on_a_tag_page(listing, client, html):
    titles, _pages = _walk(client, html, "/en/news/tag/congress/")
    assert titles == [
        "Meeting in July 9",
        "Meeting in July 5",
        "Meeting in July 1",
        "Meeting in June",
    ]
    assert _walk(client, html, "/en/news/tag/assembly/")[0] == ["Meeting in July 14"]
    assert _walk(client, html, "/ru/news/tag/congress/")[0] == ["Русская новость"]


def test_it_lists_only_the_month_s_articles_on_an_archive_page(listing, client, html):
    response = client.get("/en/news/archive/2026/7/")
    assert "July 2026" in _text(html(response).select_one("main h1"))
    titles, _pages = _walk(client, html, "/en/news/archive/2026/7/")
    assert titles == [
        "A concert",
        "Meeting in July 14",
        "Meeting in July 9",
        "Meeting in July 5",
        "Meeting in July 1",
    ]
    assert _walk(client, html, "/en/news/archive/2026/6/")[0] == ["Meeting in June"]
    empty = html(client.get("/en/news/archive/2025/6/"))
    assert _titles(empty) == []


def test_it_links_each_month_that_has_articles_in_the_archive_list(listing, client, html):
    page = html(client.get("/en/news/"))
    months = {a["href"] for a in page.select('a[href*="/archive/"]')}
    assert months == {"/en/news/archive/2026/7/", "/en/news/archive/2026/6/"}


BAD_PAGE_PARAMETERS = ["abc", "0", "-1", "2.5", "99999999999", "9" * 5000, "", "%00", "1e3"]


def test_it_shows_a_real_page_for_any_page_parameter(listing, client, html):
    for raw in BAD_PAGE_PARAMETERS:
        response = client.get("/en/news/category/meetings/", {"page": raw})
        assert response.status_code == 200, raw[:20]
        assert len(_titles(html(response))) in (1, PAGE_SIZE), raw[:20]


def test_it_shows_the_last_page_for_a_page_number_past_the_end(listing, client, html):
    # The listing's own rule: a number too large gives the nearest real page, the last one.
    for raw in ["4", "999999999", "99999999999"]:
        page = html(client.get("/en/news/category/meetings/", {"page": raw}))
        assert _titles(page) == ["Meeting in June"], raw


def test_it_lists_articles_under_tags_written_in_any_script(make_article, client, html):
    russian = make_article("ru", title="Съезд открылся", tags=["съезд"])
    chinese = make_article("zh-hans", title="代表大会开幕", tags=["代表大会"])
    for article in (russian, chinese):
        page = html(client.get(article.url))
        links = page.select("main article a[rel~=tag]")
        assert len(links) == 1
        response = client.get(links[0]["href"])
        assert response.status_code == 200, links[0]["href"]
        assert _titles(html(response)) == [article.title]
