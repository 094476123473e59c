"""The renditions made ahead are exactly those an article page asks for."""

import pytest
from wagtail.images import get_image_model

from rostra.demo import renditions
from rostra.news.models import ArticlePage

pytestmark = pytest.mark.django_db


def test_it_makes_every_rendition_an_article_page_needs(client, demo_site, demo_media):
    Rendition = get_image_model().get_rendition_model()
    article = ArticlePage.objects.get(slug="premiere-seventy-five-years-of-meridian")
    renditions.pregenerate([article])
    made = Rendition.objects.count()
    assert made > 0

    assert client.get(article.url).status_code == 200
    assert Rendition.objects.count() == made
    renditions.pregenerate([article])
    assert Rendition.objects.count() == made
