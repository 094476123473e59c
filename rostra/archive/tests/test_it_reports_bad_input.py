"""Bad input gets a clear reason in the report and is never half-written."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from rostra.archive.models import ArchiveEntry
from rostra.archive.tests import sites
from rostra.news.models import ArticlePage

pytestmark = pytest.mark.django_db


def reasons(report) -> dict[str, str]:
    return {f.key: f.reason for f in report.failed}


def test_it_names_broken_html(run_import, tmp_path, editor1):
    root = tmp_path / "site"
    sites.write_page(root, "/news/2020-01-01-1", title="", message="<p>x</p>", details="")
    page = root / "news/2020-01-02-2.html"
    page.write_text("<html><body><div class='eTitle'>Cut off", encoding="utf-8")

    report = run_import(root)

    assert "no title" in reasons(report)["/news/2020-01-01-1"]
    assert "no entry block" in reasons(report)["/news/2020-01-02-2"]
    assert ArticlePage.objects.count() == 0


def test_it_imports_an_entry_with_a_missing_photo_and_says_what_is_missing(
    run_import, ucoz_mirror, editor1
):
    (ucoz_mirror / "_ph/1/2/2.jpg").unlink()

    report = run_import(ucoz_mirror)

    assert report.failed == []
    notes = [n.reason for n in report.notes if n.key == "/news/2019-07-22-15"]
    assert "photo /_ph/1/2/2.jpg is not in the saved copy" in notes
    page = ArchiveEntry.objects.get(key="/news/2019-07-22-15").page
    assert [g.caption for g in page.gallery_images.all()] == ["The presidium", "The hall"]
    assert "/_ph/1/2/2.jpg" in ArchiveEntry.objects.get(key="/news/2019-07-22-15").notes


def test_it_refuses_an_unknown_encoding(run_import, tmp_path, editor1):
    root = tmp_path / "site"
    file = sites.write_page(
        root, "/news/2020-01-01-1", title="T", message="<p>x</p>", details="Date: 01.01.2020"
    )
    file.write_bytes(file.read_bytes().replace(b"utf-8", b"x-unknown") + bytes(range(256)) * 4)

    report = run_import(root)

    assert "unknown encoding" in reasons(report)["/news/2020-01-01-1"]


def test_it_gives_a_duplicate_slug_another_name_with_a_note(run_import, tmp_path, editor1):
    root = tmp_path / "site"
    for n in (1, 2):
        sites.write_page(
            root,
            f"/news/2020-01-0{n}-{n}",
            title="Annual meeting",
            message=f"<p>Meeting number {n}.</p>",
            details=f"Date: 0{n}.01.2020",
        )

    report = run_import(root)

    slugs = sorted(ArticlePage.objects.values_list("slug", flat=True))
    assert slugs == ["annual-meeting", "annual-meeting-2"]
    assert any("annual-meeting-2" in n.reason for n in report.notes)
    again = run_import(root)  # stable: the same entry keeps the same address
    assert again.unchanged == 2
    assert sorted(ArticlePage.objects.values_list("slug", flat=True)) == slugs


def test_it_refuses_a_story_whose_language_versions_disagree(run_import, ucoz_mirror, editor1):
    german = ucoz_mirror / "news/2019-07-22-18.html"
    german.write_text(
        german.read_text().replace("Category: Deutsch", "Category: Русский"), encoding="utf-8"
    )

    report = run_import(ucoz_mirror)

    reason = reasons(report)["/news/2019-07-22-15"]
    assert "language versions disagree" in reason
    assert "/news/2019-07-22-18" in reason
    assert len(report.failed) == 4
    assert ArticlePage.objects.count() == 0


def test_it_writes_an_entry_whole_or_not_at_all(run_import, ucoz_mirror, editor1, monkeypatch):
    from rostra.archive.importer import Importer

    write_comments = Importer.comments

    def failing(self, page, entry, known):
        if entry.language == "zh-hans":  # after its page, photos and views were written
            raise OSError("disk full")
        return write_comments(self, page, entry, known)

    monkeypatch.setattr(Importer, "comments", failing)
    report = run_import(ucoz_mirror)

    assert reasons(report)["/news/2019-07-22-17"] == "disk full"
    assert report.imported == 3
    assert not ArchiveEntry.objects.filter(key="/news/2019-07-22-17").exists()
    assert not ArticlePage.objects.filter(locale__language_code="zh-hans").exists()
    monkeypatch.undo()
    again = run_import(ucoz_mirror)  # the next run brings it, as a translation of the story
    assert (again.imported, again.unchanged) == (1, 3)
    chinese = ArchiveEntry.objects.get(key="/news/2019-07-22-17").page
    assert chinese.get_translations().count() == 3


def test_it_names_a_mapped_user_who_does_not_exist(run_import, ucoz_mirror, editor1):
    report = run_import(ucoz_mirror, authors={"editor2": "nobody"})

    assert "nobody" in reasons(report)["/news/2019-07-22-17"]


def test_the_command_explains_a_missing_source_and_an_unknown_preset(tmp_path, news_indexes):
    with pytest.raises(CommandError, match="not a folder"):
        call_command("import_archive", str(tmp_path / "nothing"), preset="ucoz")
    with pytest.raises(CommandError, match="unknown preset"):
        call_command("import_archive", str(tmp_path), preset="joomla")
