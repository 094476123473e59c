"""Every language's home page and articles in each language are served to readers."""

import pytest
from wagtail.models import Locale

from rostra.news.models import ArticlePage, HomePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "ru", "zh-hans", "de"])
def test_it_serves_the_home_page_and_an_article(client, demo_site, demo_media, language):
    locale = Locale.objects.get(language_code=language)
    home = HomePage.objects.get(locale=locale)
    response = client.get(home.url)
    assert response.status_code == 200
    article = ArticlePage.objects.live().filter(locale=locale).order_by("-date").first()
    assert article.title in response.content.decode()

    response = client.get(article.url)
    assert response.status_code == 200
    assert article.lead in response.content.decode()


def test_it_serves_the_gallery_pages(client, demo_site, demo_media):
    article = ArticlePage.objects.get(slug="jubilee-congress-opens-in-vienna")
    assert client.get(article.url + "photos/").status_code == 200
    assert client.get(article.url + "photos/8/").status_code == 200
