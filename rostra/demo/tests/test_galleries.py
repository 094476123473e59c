"""Some reports have photo galleries of six or more photos, captioned in each language."""

import pytest
from django.db.models import Count

from rostra.news.models import ArticlePage

pytestmark = pytest.mark.django_db


def test_it_has_galleries_of_at_least_six_photos(demo_site):
    with_galleries = ArticlePage.objects.annotate(n=Count("gallery_images")).filter(n__gte=6)
    assert with_galleries.filter(locale__language_code="en").count() >= 3


def test_it_captions_the_translated_galleries_in_their_language(demo_site):
    english = ArticlePage.objects.get(slug="jubilee-congress-opens-in-vienna")
    for translation in english.get_translations():
        source_items = list(english.gallery_images.all())
        items = list(translation.gallery_images.all())
        assert [i.image_id for i in items] == [i.image_id for i in source_items]
        assert all(i.caption for i in items)
        assert {i.caption for i in items}.isdisjoint({i.caption for i in source_items})
