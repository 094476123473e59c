"""What a reader sees on an article: title, dateline, photos, body, footer, and its photo pages."""

from __future__ import annotations

import datetime
import re

import pytest
from django.conf import settings
from django.core.files.storage import default_storage

from rostra.news import builders

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_passwords")]


def _text(element) -> str:
    return " ".join(element.get_text().split())


def _stored(url: str) -> bool:
    """Whether an image URL of the page names a file that is really in the media storage."""
    assert url.startswith(settings.MEDIA_URL), url
    return default_storage.exists(url[len(settings.MEDIA_URL) :])


def _srcset(img) -> list[tuple[str, str]]:
    return [tuple(candidate.split()) for candidate in img["srcset"].split(",")]


@pytest.fixture
def article(make_article):
    meetings = builders.category("en", "meetings", "Meetings")
    return make_article(
        title="Congress opens in Geneva",
        date=datetime.date(2026, 7, 22),
        place="Geneva",
        source="Association TV",
        lead="Delegates from forty countries met on Monday.",
        lead_image=builders.make_image("Lead photo", size=(1000, 667)),
        photos=3,
        category=meetings,
        tags=["congress", "delegates"],
        body=[
            ("heading", "The opening session"),
            ("paragraph", "<p>The chairman welcomed the delegates.</p>"),
            (
                "quote",
                {"text": "We meet again, stronger.", "speaker": "Li Wei", "role": "Chairman"},
            ),
            (
                "image",
                {
                    "image": builders.make_image("Hall", size=(640, 427)),
                    "caption": "The hall before the session",
                },
            ),
            (
                "video",
                {
                    "url": "https://video.example.org/watch/opening",
                    "title": "The opening speech",
                    "file": None,
                    "poster": None,
                },
            ),
        ],
    )


@pytest.fixture
def article_html(client, html, article):
    response = client.get(article.url)
    assert response.status_code == 200
    return html(response)


def test_it_shows_the_title_and_a_dateline_with_date_place_and_source(article_html):
    assert _text(article_html.select_one("main h1")) == "Congress opens in Geneva"
    assert _text(article_html.select_one(".dateline")) == "July 22, 2026, Geneva (Association TV)"
    assert article_html.select_one(".dateline time")["datetime"] == "2026-07-22"


def test_it_shows_the_lead_photo_in_several_sizes(article, article_html):
    lead = next(
        img
        for img in article_html.select("main img[srcset]")
        if "lead-photo" in img["src"] and "fill" not in img["src"]
    )
    candidates = _srcset(lead)
    assert len(candidates) >= 2
    assert all(_stored(url) for url, _width in candidates)
    assert len({width for _url, width in candidates}) == len(candidates)
    assert lead.get("sizes")


def test_it_never_offers_two_sizes_of_the_same_width_for_a_small_photo(make_article, client, html):
    # A 640-pixel photo cannot be scaled up: a srcset must not then list 640w twice (HTML
    # forbids two candidates with the same width descriptor).
    small = make_article(lead_image=builders.make_image("Small lead", size=(640, 427)))
    page = html(client.get(small.url))
    for img in page.select("main img[srcset]"):
        widths = [width for _url, width in _srcset(img)]
        assert len(widths) == len(set(widths)), img["srcset"]


def test_it_renders_the_body_blocks(article_html):
    body = article_html.select_one("main article")
    assert "The opening session" in [_text(h) for h in body.select("h2")]
    assert "The chairman welcomed the delegates." in _text(body)

    quote = body.select_one("blockquote")
    assert _text(quote) == "We meet again, stronger."
    assert "Li Wei" in _text(quote.find_parent("figure") or quote.parent)

    figure = next(f for f in body.select("figure") if "The hall before the session" in _text(f))
    image = figure.select_one("img")
    assert image["alt"] == "The hall before the session"
    assert _stored(image["src"])

    video = body.select_one('a[href="https://video.example.org/watch/opening"]')
    assert video is not None
    assert "The opening speech" in _text(video.find_parent("figure") or video)


def test_it_shows_category_views_author_and_tags_in_the_footer(article_html, client, html):
    footer = _text(article_html.select_one("main article footer"))
    assert "Category: Meetings" in footer
    assert re.search(r"Views: \d+", footer)
    assert "Added by: Elena Marsh" in footer

    tag_links = {_text(a): a["href"] for a in article_html.select("main article a[rel~=tag]")}
    assert tag_links == {
        "congress": "/en/news/tag/congress/",
        "delegates": "/en/news/tag/delegates/",
    }
    tag_page = html(client.get(tag_links["congress"]))
    assert "Congress opens in Geneva" in [_text(a) for a in tag_page.select(".card h3 a")]

    category_link = article_html.select_one('main article footer a[href*="/category/"]')
    assert category_link["href"] == "/en/news/category/meetings/"
    assert client.get(category_link["href"]).status_code == 200


def test_it_counts_the_views(article, client, html):
    # Counting itself is rostra.readers' (once per visitor and window, buffered): see its tests.
    def views(address: str) -> int:
        response = client.get(article.url, REMOTE_ADDR=address, HTTP_USER_AGENT="Mozilla/5.0")
        footer = _text(html(response).select_one("main article footer"))
        return int(re.search(r"Views: (\d+)", footer).group(1))

    first = views("192.0.2.1")
    assert views("192.0.2.2") == first + 1
    assert views("192.0.2.3") == first + 2


def test_it_links_to_all_photos_and_that_page_lists_every_caption(article, article_html, client):
    link = next(a for a in article_html.select("main a") if "All photos" in _text(a))
    assert link["href"] == article.url + "photos/"
    assert "3" in _text(link)

    response = client.get(link["href"])
    assert response.status_code == 200
    text = response.content.decode()
    for caption in ["Caption 1", "Caption 2", "Caption 3"]:
        assert caption in text


def test_it_shows_one_photo_per_page_with_previous_and_next_links(article, client, html):
    base = article.url + "photos/"

    middle = html(client.get(base + "2/"))
    assert "Caption 2" in _text(middle.select_one("main"))
    assert middle.select_one("a[rel~=prev]")["href"] == base + "1/"
    assert middle.select_one("a[rel~=next]")["href"] == base + "3/"

    first = html(client.get(base + "1/"))
    assert first.select_one("a[rel~=prev]") is None
    assert first.select_one("a[rel~=next]")["href"] == base + "2/"

    last = html(client.get(base + "3/"))
    assert last.select_one("a[rel~=next]") is None
    assert last.select_one("a[rel~=prev]")["href"] == base + "2/"


@pytest.mark.parametrize("number", ["0", "4", "99999999999999999999"])
def test_it_gives_404_for_a_photo_number_out_of_range(article, client, number):
    assert client.get(f"{article.url}photos/{number}/").status_code == 404


def test_it_describes_the_lead_photo_with_its_gallery_caption(make_article, client, html):
    photo = builders.make_image("Hall", size=(800, 533))
    article = make_article(title="Congress opens", lead_image=photo)
    article.gallery_images.create(image=photo, caption="Delegates fill the congress hall")
    article.save_revision().publish()
    page = html(client.get(article.url))
    assert page.select_one(".lead-photo img")["alt"] == "Delegates fill the congress hall"
