"""A saved copy of a uCoz site comes over: text, dateline, photos, gallery, category, tags,
"Added by", views, comments, and the four language versions as translations of one story."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from rostra.archive.models import ArchiveEntry
from rostra.archive.tests import sites
from rostra.news.models import ArticlePage, Category, Tag
from rostra.readers.models import Comment

pytestmark = pytest.mark.django_db


def page_of(key: str) -> ArticlePage:
    return ArticlePage.objects.get(pk=ArchiveEntry.objects.get(key=key).page_id)


def test_it_imports_every_language_version_as_translations_of_one_story(
    run_import, ucoz_mirror, editor1
):
    report = run_import(ucoz_mirror)

    assert (report.imported, report.updated, report.failed) == (4, 0, [])
    english = page_of("/news/2019-07-22-15")
    versions = {p.locale.language_code: p for p in english.get_translations(inclusive=True)}
    assert set(versions) == {"en", "ru", "zh-hans", "de"}
    assert versions["ru"].title == "В Москве открылся съезд"
    assert versions["zh-hans"].title == "代表大会在莫斯科开幕"
    assert all(p.live for p in versions.values())


def test_it_keeps_the_dateline_text_headings_quotes_and_drops_scripts_and_tables(
    run_import, ucoz_mirror, editor1
):
    run_import(ucoz_mirror)
    page = page_of("/news/2019-07-22-15")

    assert page.date == datetime.date(2019, 7, 22)
    assert (page.place, page.source) == ("Moscow", "Channel TV")
    kinds = [block.block_type for block in page.body]
    assert kinds == ["paragraph", "paragraph", "heading", "quote", "paragraph"]
    html = "".join(str(block.value) for block in page.body if block.block_type == "paragraph")
    assert html.startswith("<p>The congress of the society opened")
    assert "<b>bold</b>" in html and "<i>italic</i>" in html
    assert "onclick" not in html and "alert" not in html and "color:red" not in html
    assert "<table" not in html and "A cell of an old layout table." in html
    assert "[Русский]" not in html and "All photos" not in html
    quote = page.body[3].value
    assert (quote["text"], quote["speaker"]) == (
        "We stand together, today as for seventy-five years.",
        "Li Wei",
    )


def test_it_brings_the_lead_photo_and_the_gallery_with_captions(run_import, ucoz_mirror, editor1):
    run_import(ucoz_mirror)
    page = page_of("/news/2019-07-22-15")

    assert page.lead_image is not None
    assert page.lead_image.width == 64  # the photo, not a thumbnail
    gallery = list(page.gallery_images.order_by("sort_order"))
    assert [g.caption for g in gallery] == ["The presidium", "The gift", "The hall"]
    assert all(g.image.width == 64 for g in gallery)  # full-size photos, not thumbnails
    # The versions share the same files: each photo is stored once.
    russian = page_of("/news/2019-07-22-16")
    assert russian.lead_image_id == page.lead_image_id


def test_it_files_category_and_tags_and_maps_added_by(run_import, tmp_path, ucoz_mirror, editor1):
    sites.cp1251_site(ucoz_mirror)
    run_import(ucoz_mirror, language="ru")

    english = page_of("/news/2019-07-22-15")
    # "Category: English" said the language, not a topic.
    assert english.category is None
    assert english.owner == editor1
    assert english.added_by == "Elena Marsh"
    assert sorted(t.name for t in english.tags.all()) == ["anniversary", "congress"]
    chinese = page_of("/news/2019-07-22-17")
    # Nobody is called editor2 here: the name is kept on an account that cannot sign in.
    assert chinese.added_by == "editor2"
    assert not chinese.owner.is_active and not chinese.owner.has_usable_password()
    round_table = page_of("/blog/2018-05-09-3")
    assert round_table.locale.language_code == "ru"
    assert round_table.category == Category.objects.get(locale__language_code="ru", name="Новости")
    assert round_table.added_by == "Мария"
    assert get_user_model().objects.filter(first_name="Мария").count() == 1


def test_it_reads_windows_1251_with_and_without_a_declared_encoding(
    run_import, ucoz_mirror, editor1
):
    sites.cp1251_site(ucoz_mirror)
    report = run_import(ucoz_mirror, language="ru")

    assert report.failed == []
    declared = page_of("/blog/2018-05-09-3")
    assert declared.title == "Круглый стол о дружбе"
    assert (declared.place, declared.source) == ("Санкт-Петербург", "Наш канал")
    detected = page_of("/blog/2018-06-12-4")
    assert detected.title == "Встреча с ветеранами"
    assert "тёплой атмосфере" in str(detected.body[0].value)


def test_it_shows_the_old_view_count_as_the_starting_total(
    run_import, ucoz_mirror, editor1, client, html
):
    run_import(ucoz_mirror)
    russian = page_of("/news/2019-07-22-16")

    assert russian.stats.views == 1204
    page = html(client.get(russian.url))
    assert page.select_one(".meta-views dd").get_text() == "1204"


def test_it_brings_approved_comments_with_their_dates(run_import, ucoz_mirror, editor1):
    run_import(ucoz_mirror)
    page = page_of("/news/2019-07-22-15")

    comments = list(Comment.objects.filter(page=page).order_by("created_at"))
    assert [c.name for c in comments] == ["Anna", "Paul"]
    assert all(c.status == Comment.Status.APPROVED for c in comments)
    assert comments[0].created_at.date() == datetime.date(2019, 7, 23)
    assert comments[1].body == "A <b>great</b> day."


def test_it_files_tags_under_the_existing_tag_when_tags_ignore_case(
    run_import, ucoz_mirror, editor1, settings
):
    settings.TAGGIT_CASE_INSENSITIVE = True
    english = Locale.objects.get(language_code="en")
    congress = Tag.objects.create(locale=english, name="Congress", slug="congress")

    run_import(ucoz_mirror)

    tags = page_of("/news/2019-07-22-15").tags.all()
    assert sorted(t.name for t in tags) == ["Congress", "anniversary"]
    assert congress in tags
