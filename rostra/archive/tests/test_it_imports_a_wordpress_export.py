"""A WordPress export comes over: posts, Polylang groups, categories, tags, authors, approved
comments, photos from the local uploads folder, views; old permalinks and ?p= addresses."""

from __future__ import annotations

import pytest

from rostra.archive.models import ArchiveEntry
from rostra.archive.tests import sites
from rostra.news.models import ArticlePage
from rostra.readers.models import Comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def export(tmp_path):
    return sites.wordpress_site(tmp_path / "wp")


def page_of(post_id: int) -> ArticlePage:
    key = f"https://friends.example.org/?p={post_id}"
    return ArticlePage.objects.get(pk=ArchiveEntry.objects.get(key=key).page_id)


def test_it_imports_a_polylang_group_as_translations(run_import, export, editor):
    report = run_import(export, "wordpress")

    assert (report.imported, report.failed) == (2, [])
    assert [s.reason for s in report.skipped] == ["not published (status: draft)"]
    english, russian = page_of(12), page_of(13)
    assert russian.translation_key == english.translation_key
    assert russian.locale.language_code == "ru"
    assert russian.slug == "съезд"
    # Categories per language, linked as translations of one topic.
    assert english.category.name == "Congress"
    assert russian.category.name == "Съезд"
    assert russian.category.translation_key == english.category.translation_key
    assert sorted(t.name for t in english.tags.all()) == ["anniversary", "congress"]


def test_it_maps_authors_and_keeps_views(run_import, export, editor):
    run_import(export, "wordpress")

    assert page_of(12).owner == editor  # the WordPress login "editor" is a Rostra user
    assert page_of(13).added_by == "Maria Sokolova"
    assert page_of(12).stats.views == 980


def test_it_takes_photos_from_the_uploads_folder_with_captions(run_import, export, editor):
    run_import(export, "wordpress")
    page = page_of(12)

    assert page.lead_image.title == "The hall"  # the featured image
    images = [b.value for b in page.body if b.block_type == "image"]
    # The body asked for a resized copy; the original from the uploads folder came instead.
    assert [i["caption"] for i in images] == ["The chairman speaks"]
    assert [g.caption for g in page.gallery_images.all()] == ["The gift"]
    kinds = [b.block_type for b in page.body]
    assert kinds == ["paragraph", "image", "heading", "paragraph"]
    assert "tracker" not in str(page.body[-1].value)


def test_it_brings_only_approved_comments_with_replies(run_import, export, editor):
    run_import(export, "wordpress")

    comments = list(Comment.objects.filter(page=page_of(12)).order_by("pk"))
    assert [c.name for c in comments] == ["Anna", "Paul"]
    assert comments[1].parent_id == comments[0].pk
    assert comments[0].created_at.isoformat().startswith("2019-07-23T09:00")


def test_it_redirects_permalinks_guids_and_attachment_pages(run_import, export, editor, client):
    run_import(export, "wordpress")
    english, russian = page_of(12), page_of(13)

    assert client.get("/2019/07/22/congress-opens/")["Location"] == english.url
    assert client.get("/", {"p": "12"})["Location"] == english.url
    assert client.get("/ru/2019/07/22/съезд/")["Location"] == russian.url
    photos = client.get("/2019/07/22/congress/photo-32/")
    assert (photos.status_code, photos["Location"]) == (301, english.url + "photos/")


def test_it_runs_again_without_duplicates(run_import, export, editor):
    run_import(export, "wordpress")

    again = run_import(export, "wordpress")

    assert (again.imported, again.updated, again.unchanged) == (0, 0, 2)
    assert ArticlePage.objects.count() == 2
    assert Comment.objects.count() == 2


def test_it_refuses_a_group_whose_languages_disagree(run_import, export, editor):
    export.write_text(
        export.read_text().replace('nicename="ru"><![CDATA[ru]]>', 'nicename="de"><![CDATA[de]]>'),
        encoding="utf-8",
    )

    report = run_import(export, "wordpress")

    assert len(report.failed) == 2
    assert "language versions disagree" in report.failed[0].reason
    assert ArticlePage.objects.count() == 0


def test_it_explains_a_file_that_is_not_an_export(run_import, tmp_path, news_indexes):
    from rostra.archive.importer import ImportFailed

    broken = tmp_path / "export.xml"
    broken.write_text("<rss><channel><item>", encoding="utf-8")
    with pytest.raises(ImportFailed, match="not a readable WordPress export"):
        run_import(broken, "wordpress")
