"""The import indexes what it wrote in bulk, chunk by chunk (not at every save): every imported
article is found by search afterwards, and saves after the import are indexed at
once again."""

from __future__ import annotations

import pytest

from rostra.archive import importer
from rostra.archive.models import ArchiveEntry
from rostra.news.models import ArticlePage

pytestmark = pytest.mark.django_db


def test_it_finds_every_imported_article_and_photo_by_search_after_the_import(
    run_import, ucoz_mirror, editor1, monkeypatch, client
):
    monkeypatch.setattr(importer, "CHUNK", 3)  # four versions: a flush inside the run too

    report = run_import(ucoz_mirror)

    assert report.imported == 4
    pages = ArticlePage.objects.filter(
        pk__in=ArchiveEntry.objects.values_list("page_id", flat=True)
    )
    assert pages.count() == 4
    for page in pages:
        language = page.locale.language_code
        shown = client.get(f"/{language}/search/", {"q": page.title}).content.decode()
        assert page.title in shown, language


def test_a_dry_run_leaves_nothing_to_find(run_import, ucoz_mirror, editor1):
    run_import(ucoz_mirror, dry_run=True)

    assert not list(ArticlePage.objects.search("congress"))


def test_an_article_edited_after_the_import_is_found_by_its_new_words_at_once(
    run_import, ucoz_mirror, editor1, chief_editor, client
):
    run_import(ucoz_mirror)
    page = ArticlePage.objects.get(locale__language_code="en")

    page.title = "Hydrangeas at the congress"
    page.save_revision(user=chief_editor).publish(user=chief_editor)

    assert (
        "Hydrangeas at the congress"
        in client.get("/en/search/", {"q": "hydrangeas"}).content.decode()
    )
