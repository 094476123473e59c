"""A photo whose file is missing (media lost, a database restored without its files) costs
its picture, not the page: the article, the news list and the search results still answer,
without an image for it."""

from __future__ import annotations

import pytest
from wagtail.images import get_image_model

from rostra.news import builders


@pytest.fixture
def lost_photo_article(make_article):
    photo = builders.make_image("Delegates in the hall", size=(640, 427))
    article = make_article("en", title="Congress opens in Geneva", lead_image=photo, photos=2)
    lost = get_image_model().objects.get(pk=photo.pk)
    lost.file.storage.delete(lost.file.name)  # no rendition of it was made yet
    return article, lost


@pytest.mark.django_db
def test_it_shows_an_article_whose_lead_photo_file_is_missing(
    client, lost_photo_article, html, caplog
):
    article, lost = lost_photo_article
    response = client.get(article.url)
    assert response.status_code == 200
    page = html(response)
    assert page.select_one("h1").get_text(strip=True) == "Congress opens in Geneva"
    assert not page.select('meta[property="og:image"]')
    sources = " ".join(img.get("src", "") for img in page.select("img"))
    assert "delegates" not in sources.lower()
    assert len(page.select(".gallery img, [class*=gallery] img")) == 2  # the others are shown
    assert lost.file.name in caplog.text  # the log names the missing file


@pytest.mark.django_db
def test_it_lists_and_finds_an_article_whose_photo_file_is_missing(
    client, lost_photo_article, news_indexes
):
    article, _lost = lost_photo_article
    assert client.get(news_indexes["en"].url).status_code == 200
    response = client.get("/en/search/", {"q": "Geneva"})
    assert response.status_code == 200
    assert [hit.article for hit in response.context["page_obj"].object_list] == [article]
