"""A second run updates what changed and duplicates nothing."""

from __future__ import annotations

import pytest

from rostra.archive.models import ArchiveEntry, OldAddress
from rostra.archive.tests import sites
from rostra.news.models import ArticlePage, ArticleStats
from rostra.readers import counting
from rostra.readers.models import Comment

pytestmark = pytest.mark.django_db


def counts():
    return (
        ArticlePage.objects.count(),
        Comment.objects.count(),
        OldAddress.objects.count(),
        ArchiveEntry.objects.count(),
    )


def test_it_skips_unchanged_entries_on_a_second_run(run_import, ucoz_mirror, editor1):
    run_import(ucoz_mirror)
    before = counts()

    again = run_import(ucoz_mirror)

    assert (again.imported, again.updated, again.unchanged, again.failed) == (0, 0, 4, [])
    assert counts() == before


def test_it_updates_a_changed_entry_and_keeps_views_counted_since(run_import, ucoz_mirror, editor1):
    run_import(ucoz_mirror)
    page = ArchiveEntry.objects.get(key="/news/2019-07-22-15").page
    counting.apply_counts({(page.pk, "2026-01-01"): 5})  # five readers on the new site
    before = counts()
    story = dict(sites.STORY["en"])
    file = ucoz_mirror / "news/2019-07-22-15.html"
    file.write_text(
        file.read_text()
        .replace(story["title"], "The congress opens in Moscow (updated)")
        .replace("Views: 443", "Views: 450")
        + "",
        encoding="utf-8",
    )

    again = run_import(ucoz_mirror)

    assert (again.imported, again.updated, again.unchanged) == (0, 1, 3)
    assert counts() == before
    page.refresh_from_db()
    assert page.title == "The congress opens in Moscow (updated)"
    assert ArticleStats.objects.get(page=page).views == 450 + 5
    assert page.get_translations().count() == 3
