"""Whatever a reader or a robot types into the address bar or the search box, the site answers
with a page (200, 400 or 404), never with a server error."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from rostra.core.search import MAX_QUERY_LENGTH
from rostra.news import builders

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_passwords")]

ODD_QUERIES = [
    '"AND" OR NEAR(',
    "*",
    "'; DROP TABLE wagtailcore_page; --",
    '"',
    "'",
    "(((",
    ")",
    "congress AND",
    "OR",
    "NOT congress",
    "NEAR(congress geneva, 2)",
    "title:congress",
    "^congress",
    "-congress",
    "+congress",
    "congress*",
    "{congress}",
    "[congress]",
    "a & b | !c",
    "%_%",
    "\\",
    "\x00",
    "congress\x00geneva",
    "\u200b",
    "🙂",
    "代表大会",
    "代",
    "x" * MAX_QUERY_LENGTH,
]


def _text(element) -> str:
    return " ".join(element.get_text().split())


@pytest.fixture
def searchable(db, editor):
    """One English article, so that every search really reaches the full-text index."""
    return builders.create_article(
        builders.locale_tree("en"),
        title="Congress opens in Geneva",
        lead="Delegates (and guests) met: 代表大会 opened.",
        date=datetime.date(2026, 7, 22),
        tags=["congress"],
        owner=editor,
    )


def test_it_refuses_a_too_long_search_with_a_clear_message_on_the_search_page(
    searchable, client, html
):
    response = client.get("/en/search/", {"q": "congress " * 600})
    assert response.status_code == 400
    page = html(response)
    assert "too long" in _text(page.select_one('[role="alert"]'))
    assert str(MAX_QUERY_LENGTH) in _text(page.select_one('[role="alert"]'))
    field = page.select_one('main form input[name="q"]')
    assert len(field["value"]) <= MAX_QUERY_LENGTH
    assert page.select_one("html")["lang"] == "en"


@pytest.mark.parametrize("query", ODD_QUERIES, ids=range(len(ODD_QUERIES)))
def test_it_answers_a_search_with_odd_characters_with_a_page(searchable, client, html, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code in (200, 400)
    assert html(response).select_one('main form input[name="q"]') is not None


def test_it_still_finds_words_around_odd_characters(searchable, client, html):
    for query in ['"congress" AND (geneva', "congress*", "congress\x00geneva", "-congress"]:
        page = html(client.get("/en/search/", {"q": query}))
        titles = [_text(a) for a in page.select(".card h3 a")]
        assert titles == ["Congress opens in Geneva"], repr(query)


def test_it_shows_the_search_page_for_an_empty_query_or_a_bad_page_number(searchable, client, html):
    for params in ({}, {"q": ""}, {"q": "   "}, {"q": "congress", "page": "abc"}, {"page": "0"}):
        response = client.get("/en/search/", params)
        assert response.status_code == 200, params
        assert html(response).select_one('main form input[name="q"]') is not None
    for raw in ("abc", "0", "-5", "99999999999", "9" * 3000):
        page = html(client.get("/en/search/", {"q": "congress", "page": raw}))
        assert [_text(a) for a in page.select(".card h3 a")] == ["Congress opens in Geneva"]


def test_it_shows_a_search_for_markup_as_text(searchable, client):
    response = client.get("/en/search/", {"q": '<script>alert("x")</script>'})
    assert response.status_code == 200
    assert '<script>alert("x")' not in response.content.decode()


NO_SUCH_PAGE = [
    "/en/" + "a/" * 300,
    "/en/" + "x" * 5000 + "/",
    "/en/news/" + "é" * 2000 + "/",
    "/en/news/" + "segment/" * 13,
    "/" + "a" * 5000,
    "/en/news/%00/",
    "/en/news/..%2F..%2Fetc%2Fpasswd/",
    "/en/news/photos/1/",
    "/en/news/category/",
    "/en/news/archive/2026/",
]
NO_SUCH_LISTING = [
    "/en/news/category/no-such-category/",
    "/en/news/tag/no-such-tag/",
    "/en/news/category/" + "c" * 3000 + "/",
    "/en/news/tag/" + "t" * 3000 + "/",
    "/en/news/archive/2026/13/",
    "/en/news/archive/2026/0/",
    "/en/news/archive/0/7/",
    "/en/news/archive/99999/7/",
    "/en/news/archive/" + "9" * 400 + "/7/",
]


def test_it_gives_404_for_an_address_that_names_no_page(searchable, client):
    for path in NO_SUCH_PAGE:
        assert client.get(path, follow=True).status_code == 404, path[:60]


def test_it_gives_404_for_an_unknown_category_tag_or_month(searchable, client):
    for path in NO_SUCH_LISTING:
        assert client.get(path).status_code == 404, path[:60]


_FTS_WORDS = ["AND", "OR", "NOT", "NEAR", "NEAR(", '"', "*", "(", ")", "^", ":", "-", "+", "'"]
_QUERIES = st.one_of(
    st.text(max_size=250),
    st.lists(
        st.one_of(
            st.sampled_from([*_FTS_WORDS, "congress", "geneva", "代表"]), st.text(max_size=8)
        ),
        max_size=12,
    ).map(" ".join),
)


@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=_QUERIES)
def test_it_never_fails_whatever_the_search_text(searchable, client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code in (200, 400)
