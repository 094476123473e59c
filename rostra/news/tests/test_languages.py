"""Every page says which language it is in, links its translations and only those, and speaks
the reader's language, error pages included."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings

from rostra.news import builders

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_passwords")]

# The site's own catalogues (`make messages` compiles them); until they exist, the site words
# are English everywhere and that test is expected to fail.
CATALOGUES_PENDING = not (Path(settings.LOCALE_PATHS[0]) / "ru/LC_MESSAGES/django.mo").exists()


def _text(element) -> str:
    return " ".join(element.get_text().split())


@pytest.fixture
def english_and_russian(make_article):
    """An article that exists in English and Russian only."""
    english = make_article(title="Congress opens", slug="congress-opens")
    russian = builders.translate_article(english, "ru", title="Конгресс открылся")
    return english, russian


def test_it_links_exactly_the_languages_the_article_exists_in(english_and_russian, client, html):
    english, russian = english_and_russian
    for shown, other, current_name in [
        (english, russian, "English"),
        (russian, english, "Русский"),
    ]:
        page = html(client.get(shown.url))
        switcher = page.select_one(".language-switcher")
        links = {a["hreflang"]: a["href"] for a in switcher.select("a[hreflang]")}
        assert links == {other.locale.language_code: other.url}
        assert _text(switcher.select_one('[aria-current="true"]')) == current_name
        assert "Deutsch" not in _text(switcher) and "中文" not in _text(switcher)


def test_it_declares_exactly_the_translations_as_hreflang_alternates(
    english_and_russian, client, html
):
    english, russian = english_and_russian
    expected = {"en": settings.SITE_URL + english.url, "ru": settings.SITE_URL + russian.url}
    for shown in english_and_russian:
        page = html(client.get(shown.url))
        alternates = {
            link["hreflang"]: link["href"]
            for link in page.select("head link[rel=alternate][hreflang]")
        }
        assert alternates == expected


def test_it_tells_the_language_of_each_page_in_the_html_lang_attribute(
    news_indexes, make_article, client, html
):
    chinese = make_article("zh-hans", title="代表大会开幕")
    pages = {
        "/en/": "en",
        "/ru/": "ru",
        "/de/": "de",
        "/zh-hans/": "zh-Hans",
        chinese.url: "zh-Hans",
    }
    for url, lang in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert html(response).select_one("html")["lang"] == lang, url


@pytest.mark.xfail(
    CATALOGUES_PENDING, reason="catalogues pending: no compiled ru catalogue", strict=False
)
def test_it_shows_the_site_words_in_the_page_s_language(news_indexes, client, html):
    def nav(url: str) -> set[str]:
        page = html(client.get(url))
        return {_text(a) for a in page.select("header nav a")}

    russian = nav("/ru/")
    assert {"Новости", "Поиск"} <= russian
    assert not {"News", "Search"} & russian
    assert "Suche" in nav("/de/")
    assert "搜索" in nav("/zh-hans/")


@pytest.mark.parametrize(
    "url, lang",
    [("/ru/nope/", "ru"), ("/de/nope/", "de"), ("/zh-hans/nope/", "zh-Hans"), ("/en/nope/", "en")],
)
def test_it_gives_the_404_page_in_the_language_of_the_address(
    news_indexes, client, html, url, lang
):
    response = client.get(url)
    assert response.status_code == 404
    page = html(response)
    assert page.select_one("html")["lang"] == lang
    heading = _text(page.select_one("main h1"))
    assert (heading == "Page not found") == (lang == "en"), heading
    language_prefix = url.split("/")[1]
    assert page.select_one(f'main a[href="/{language_prefix}/"]') is not None


def test_it_gives_404_for_an_article_in_a_language_it_was_not_translated_into(
    english_and_russian, client
):
    english, _russian = english_and_russian
    assert client.get(english.url.replace("/en/", "/de/", 1)).status_code == 404
    assert client.get(english.url.replace("/en/", "/zh-hans/", 1)).status_code == 404


@pytest.mark.parametrize(
    "url", ["/xx/news/", "/xx/", "/EN/news/", "/zh-Hans/news/", "/en-us-xx-yy/news/", "/ru_RU/"]
)
def test_it_gives_404_for_an_unknown_language_prefix(news_indexes, client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 404
    for location, _status in response.redirect_chain:
        assert location.startswith("/"), location  # never sends the reader elsewhere


def test_it_writes_the_dateline_the_way_each_language_writes_dates(make_article, client, html):
    english = make_article(title="Congress opens", place="Geneva")
    expected = {
        english: "July 22, 2026",
        builders.translate_article(english, "ru", title="Конгресс", place="Женева"): "22 июля 2026",
        builders.translate_article(english, "de", title="Kongress", place="Genf"): "22. Juli 2026",
        builders.translate_article(
            english, "zh-hans", title="大会", place="日内瓦"
        ): "2026年7月22日",
    }
    for article, date in expected.items():
        dateline = _text(html(client.get(article.url)).select_one("main .dateline"))
        assert dateline.startswith(date), dateline
        assert article.place in dateline
