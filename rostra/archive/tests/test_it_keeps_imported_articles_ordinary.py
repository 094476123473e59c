"""Imported articles are ordinary articles: editable, translatable, searchable, in the feeds
and the sitemap."""

from __future__ import annotations

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page, PageLogEntry

from rostra.archive.models import ArchiveEntry
from rostra.archive.tests import sites
from rostra.news.models import ArticlePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(run_import, tmp_path, editor):
    run_import(sites.wordpress_site(tmp_path / "wp"), "wordpress")
    key = "https://friends.example.org/?p=12"
    return ArticlePage.objects.get(pk=ArchiveEntry.objects.get(key=key).page_id)


def test_it_finds_an_imported_article_in_search_feeds_and_sitemap(imported, client):
    search = client.get("/en/search/", {"q": "resolution"}).content.decode()
    assert "The congress opens" in search
    feed = client.get("/en/news/feed/rss/").content.decode()
    assert "The congress opens" in feed
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/news/congress-opens/" in sitemap
    assert "/ru/news/" + "съезд" in sitemap or "/ru/news/%D1%81" in sitemap


def test_an_editor_edits_an_imported_article_in_the_admin(imported, client, chief_editor):
    client.force_login(chief_editor)
    edit = reverse("wagtailadmin_pages:edit", args=[imported.pk])

    assert client.get(edit).status_code == 200
    imported.title = "The congress opens (edited)"
    imported.save_revision(user=chief_editor).publish(user=chief_editor)
    assert "The congress opens (edited)" in client.get(imported.url).content.decode()


def test_an_editor_translates_an_imported_article_into_another_language(
    imported, client, chief_editor
):
    client.force_login(chief_editor)
    german = Locale.objects.get(language_code="de")

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[imported.pk]),
        {"locales": [german.pk]},
    )

    assert response.status_code == 302
    draft = imported.get_translation(german)
    assert draft.translation_key == imported.translation_key
    assert imported.get_translations().count() == 2  # Russian (imported) and German (draft)


def test_an_imported_article_has_its_publication_in_its_history(imported, client, administrator):
    """The "published" entries of an import are written in bulk, one per article, as one
    action (one uuid) of the run."""
    published = PageLogEntry.objects.filter(page=imported, action="wagtail.publish")

    assert sorted(PageLogEntry.objects.filter(page=imported).values_list("action", flat=True)) == [
        "wagtail.create",
        "wagtail.publish",
    ]
    assert published[0].revision_id == imported.live_revision_id
    run = PageLogEntry.objects.filter(uuid=published[0].uuid, action="wagtail.publish")
    assert (
        run.count()
        == ArticlePage.objects.filter(pk__in=ArchiveEntry.objects.values("page")).count()
    )
    client.force_login(administrator)
    history = client.get(reverse("wagtailadmin_pages:history", args=[imported.pk]))
    assert history.status_code == 200


def test_an_imported_article_sits_in_the_page_tree_as_wagtail_puts_it(imported, chief_editor):
    """The importer writes a new page's rows itself (one insert each): the tree, its address
    and its revision are what add_child(), save() and publish() leave."""
    assert Page.find_problems() == ([], [], [], [], [])
    index = imported.get_parent()
    assert imported.url_path == f"{index.url_path}{imported.slug}/"
    assert imported.live and not imported.has_unpublished_changes
    assert imported.latest_revision_id == imported.live_revision_id
    content = imported.live_revision.content
    gallery = list(imported.gallery_images.order_by("sort_order"))
    assert gallery and [(g["pk"], g["caption"]) for g in content["gallery_images"]] == [
        (g.pk, g.caption) for g in gallery
    ]
    tags = sorted(t.pk for t in imported.tagged_items.all())
    assert tags and sorted(t["pk"] for t in content["tagged_items"]) == tags
    assert imported.live_revision.as_object().tags.count() == len(tags)

    # An article the editors add afterwards goes after the imported ones.
    added = ArticlePage(title="Written after the import", slug="after-the-import")
    index.add_child(instance=added)
    assert Page.find_problems() == ([], [], [], [], [])
    assert added.path > imported.path
