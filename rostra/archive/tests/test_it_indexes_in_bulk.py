"""The import indexes what it wrote in bulk, chunk by chunk (not at every save): every imported
article and photo is found by search afterwards, and saves after the import are indexed at
once again."""

from __future__ import annotations

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from rostra.archive import importer
from rostra.archive.models import ArchiveEntry
from rostra.news.models import ArticlePage

pytestmark = pytest.mark.django_db


def test_it_finds_every_imported_article_and_photo_by_search_after_the_import(
    run_import, ucoz_mirror, editor1, monkeypatch
):
    monkeypatch.setattr(importer, "CHUNK", 3)  # four versions: a flush inside the run too

    report = run_import(ucoz_mirror)

    assert report.imported == 4
    pages = ArticlePage.objects.filter(
        pk__in=ArchiveEntry.objects.values_list("page_id", flat=True)
    )
    assert pages.count() == 4
    for page in pages:
        found = ArticlePage.objects.live().filter(locale=page.locale).search(page.title)
        assert page.pk in [p.pk for p in found], page.title
    found_photos = {image.title for image in get_image_model().objects.search("presidium")}
    assert "The presidium" in found_photos


def test_a_dry_run_leaves_nothing_to_find(run_import, ucoz_mirror, editor1):
    run_import(ucoz_mirror, dry_run=True)

    assert not list(ArticlePage.objects.search("congress"))


def test_a_photo_saved_after_the_import_is_found_at_once(run_import, ucoz_mirror, editor1):
    run_import(ucoz_mirror)
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), (1, 2, 3)).save(buffer, "JPEG")
    get_image_model().objects.create(
        title="Uploaded afterwards", file=ImageFile(buffer, name="after.jpg")
    )

    assert [i.title for i in get_image_model().objects.search("afterwards")] == [
        "Uploaded afterwards"
    ]
