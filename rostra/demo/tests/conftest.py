"""One load of the demo site (twice, to see that the second changes nothing) for all the demo
tests, inside a transaction that is rolled back when they are done, so no other test sees it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.db import transaction
from django.db.models import Max, Sum
from django.test.utils import override_settings
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from rostra.demo import loader
from rostra.news.models import ArticleGalleryImage, ArticlePage, ArticleStats, Category


def snapshot() -> dict:
    """Counts and sums that any creation or re-save would change."""
    return {
        "pages": Page.objects.count(),
        "articles": ArticlePage.objects.count(),
        "revisions": Revision.objects.count(),
        "last revision": Revision.objects.aggregate(m=Max("pk"))["m"],
        "images": get_image_model().objects.count(),
        "gallery items": ArticleGalleryImage.objects.count(),
        "categories": Category.objects.count(),
        "tags": Tag.objects.count(),
        "stats": ArticleStats.objects.count(),
        "views": ArticleStats.objects.aggregate(s=Sum("views"))["s"],
        "last published": Page.objects.aggregate(m=Max("last_published_at"))["m"],
    }


@dataclass
class DemoSite:
    media_root: object
    first: loader.Report
    second: loader.Report
    after_first: dict
    after_second: dict


@pytest.fixture(scope="package")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    media_root = tmp_path_factory.mktemp("demo-media")
    # Small photos, and renditions left to the pages (and to test_renditions): both are slow.
    options = {"make_renditions": False, "photo_size": (480, 320)}
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media_root),
        transaction.atomic(),
    ):
        first = loader.load(**options)
        after_first = snapshot()
        second = loader.load(**options)
        after_second = snapshot()
        yield DemoSite(media_root, first, second, after_first, after_second)
        transaction.set_rollback(True)


@pytest.fixture
def demo_media(demo_site, settings):
    """The media folder the demo photos were written to (each test otherwise gets its own)."""
    settings.MEDIA_ROOT = demo_site.media_root
    return demo_site.media_root
