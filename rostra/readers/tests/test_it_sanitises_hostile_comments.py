"""Hostile input is neither stored nor rendered unsafely (hypothesis)."""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rostra.readers.sanitize import ALLOWED_TAGS, clean_comment, clean_text

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="https://example.org" onclick="alert(1)" target="_blank">ok</a>',
    '<b onmouseover="alert(1)">bold</b>',
    "<style>body{display:none}</style>",
    "<iframe src=//evil></iframe>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<!-- <script>alert(1)</script> -->",
    '"><script>alert(1)</script>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    "\u202eevil\u202c",
    "\x00\x07\x1b",
    "\ufeff\u200f",
    "<<script>script>alert(1)<</script>/script>",
    "<a href=https://ok.example>fine</a>",
    "Привет, 你好, Grüße, 🙂",
    "a" * 3000,
]


def assert_safe(html: str) -> None:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(True):
        assert tag.name in ALLOWED_TAGS, tag.name
        for name, value in tag.attrs.items():
            assert tag.name == "a" and name in ("href", "rel"), (tag.name, name)
            if name == "href":
                assert value.split(":", 1)[0].lower() in ("http", "https", "mailto") or (
                    ":" not in value.split("/", 1)[0]
                ), value
            if name == "rel":
                assert set(value) >= {"nofollow", "ugc"}
    lowered = html.lower()
    assert "<script" not in lowered and "javascript:" not in lowered
    assert "\u202e" not in html and "\x00" not in html


@given(st.lists(st.sampled_from(HOSTILE) | st.text(max_size=40), min_size=1, max_size=12))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_it_stores_nothing_unsafe(parts):
    assert_safe(clean_comment("".join(parts)))


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_it_keeps_names_plain(name):
    cleaned = clean_text(name)
    assert all(ch not in cleaned for ch in "\x00\u202e\u2066")


@pytest.mark.django_db
@given(st.lists(st.sampled_from(HOSTILE) | st.text(max_size=30), min_size=1, max_size=8))
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
def test_it_renders_nothing_unsafe(parts):
    from types import SimpleNamespace

    body = clean_comment("".join(parts))
    name = "".join(parts)[:80]
    comment = SimpleNamespace(pk=1, name=clean_text(name), body=body, created_at=None)
    html = render_to_string("readers/includes/comment.html", {"comment": comment})
    # The name is text: escaped, so any markup in it is not markup.
    soup = BeautifulSoup(html, "html.parser")
    assert_safe("".join(str(c) for c in soup.select_one(".comment-text").contents))
    author = soup.select_one(".comment-author")
    assert author.find(True) is None


@pytest.mark.django_db
@pytest.mark.usefixtures("no_wait")
def test_it_stores_and_shows_hostile_comments_safely_end_to_end(
    make_article, client, post_comment, moderator
):
    from rostra.readers import actions
    from rostra.readers.models import Comment

    article = make_article()
    for n, sample in enumerate(HOSTILE[:-1]):
        name = "<script>alert(1)</script>\u202e" if n % 2 else "Name"
        response = post_comment(article, body=sample + f" #{n}", name=name, browser=client)
        assert response.status_code in (302, 400)
    stored = list(Comment.objects.all())
    assert stored
    for comment in stored:
        assert_safe(comment.body)
        assert "\u202e" not in comment.name
    actions.do_moderate([c.pk for c in stored], "approved", moderator)
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    section = page.select_one("#comments")
    for text in section.select(".comment-text"):
        assert_safe("".join(str(c) for c in text.contents))
    for author in section.select(".comment-author"):
        assert author.find(True) is None  # names are text, never markup
    assert not section.select("script, iframe, style, img, svg")
