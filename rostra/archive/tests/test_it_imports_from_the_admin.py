"""The admin screen: the command's options in a form, then progress and the report."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import reverse

from rostra.archive.models import ArchiveEntry, ImportRun
from rostra.archive.tests import sites
from rostra.news.models import ArticlePage

pytestmark = pytest.mark.django_db


def test_an_administrator_imports_a_wordpress_export_and_reads_the_report(
    client, administrator, tmp_path, news_indexes, html, django_capture_on_commit_callbacks
):
    export = sites.wordpress_site(tmp_path / "wp")
    client.force_login(administrator)

    # The import runs after the run is committed, as in a real request.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("archive_import"),
            {"source": str(export), "preset": "wordpress", "language": "en", "authors": ""},
        )
    response = client.get(response["Location"])

    page = html(response)
    assert "Imported: 2, updated: 0, unchanged: 0, skipped: 1, failed: 0." in page.get_text()
    assert "not published (status: draft)" in page.select_one(".archive-skipped").get_text()
    assert ImportRun.objects.get().status == ImportRun.Status.DONE
    assert ArticlePage.objects.filter(title="The congress opens").exists()


def test_a_dry_run_from_the_admin_writes_nothing(
    client, administrator, tmp_path, news_indexes, django_capture_on_commit_callbacks
):
    export = sites.wordpress_site(tmp_path / "wp")
    client.force_login(administrator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("archive_import"),
            {"source": str(export), "preset": "wordpress", "language": "en", "dry_run": "on"},
        )
    response = client.get(response["Location"])

    assert "Dry run, nothing was written. Imported: 2" in response.content.decode()
    assert not ArchiveEntry.objects.exists()
    assert not ArticlePage.objects.filter(title="The congress opens").exists()


def test_the_form_explains_wrong_options_and_keeps_what_was_typed(
    client, administrator, tmp_path, news_indexes, html
):
    client.force_login(administrator)
    missing = str(tmp_path / "no-such-folder")

    response = client.post(
        reverse("archive_import"),
        {"source": missing, "preset": "ucoz", "language": "ru", "authors": "editor1 admin"},
    )

    assert response.status_code == 200
    page = html(response)
    assert "There is no such file or folder on the server." in page.get_text()
    assert "write the old name" in page.get_text()
    assert page.select_one("input[name=source]")["value"] == missing
    assert not ImportRun.objects.exists()


def test_only_administrators_may_import(client, editor):
    client.force_login(editor)

    assert client.get(reverse("archive_import")).status_code in (302, 403)


def test_the_command_prints_the_report_and_a_dry_run_writes_nothing(tmp_path, news_indexes, capsys):
    mirror = sites.ucoz_site(tmp_path / "site")

    call_command("import_archive", str(mirror), preset="ucoz", dry_run=True)
    out = capsys.readouterr().out
    assert "Dry run, nothing was written. Imported: 4, updated: 0" in out
    assert not ArticlePage.objects.filter(locale__language_code="de").exists()

    call_command("import_archive", str(mirror), "--preset=ucoz", "--author=editor2=editor1x")
    out = capsys.readouterr().out
    assert "Imported: 3" in out and "editor1x" in out
