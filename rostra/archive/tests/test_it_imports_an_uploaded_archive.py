"""The admin screen takes the archive as an upload: a .zip of a saved site, or a WordPress
export with a .zip of its uploads. What cannot be imported is refused on the form with a clear
message; nothing is written and no run is started."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from rostra.archive import uploads
from rostra.archive.models import ArchiveEntry, ImportRun
from rostra.archive.tests import sites
from rostra.news.models import ArticlePage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    return settings.DATA_DIR


def zipped(folder: Path, name: str, inside: str = "") -> SimpleUploadedFile:
    """A .zip of the folder, as zipping it in a file manager makes it (under its own name)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                archive.write(file, Path(inside or folder.name) / file.relative_to(folder))
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/zip")


def zip_of(members: dict[str, bytes], name: str = "site.zip") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/zip")


def post(client, django_capture_on_commit_callbacks, **data):
    fields = {"preset": "ucoz", "language": "en", "source": "", **data}
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(reverse("archive_import"), fields)


def test_an_administrator_uploads_a_saved_site_and_reads_the_report(
    client,
    administrator,
    tmp_path,
    news_indexes,
    html,
    editor,
    data_dir,
    django_capture_on_commit_callbacks,
):
    mirror = sites.ucoz_site(tmp_path / "friends.ucoz.ru")
    client.force_login(administrator)

    response = post(
        client, django_capture_on_commit_callbacks, archive=zipped(mirror, "friends.zip")
    )
    assert response.status_code == 302
    page = html(client.get(response["Location"]))

    assert "Imported: 4, updated: 0, unchanged: 0" in page.select_one(".archive-summary").text
    assert "friends.zip" in page.get_text()
    english = ArticlePage.objects.get(
        pk=ArchiveEntry.objects.get(key="/news/2019-07-22-15").page_id
    )
    assert english.gallery_images.count() >= 1
    # The old address answers with the new page.
    assert client.get("/news/2019-07-22-15").status_code == 301
    # The upload is read: it is not kept on the server.
    assert list((data_dir / uploads.FOLDER_NAME).iterdir()) == []


def test_a_wordpress_export_comes_with_a_zip_of_its_uploads(
    client,
    administrator,
    tmp_path,
    news_indexes,
    html,
    editor,
    django_capture_on_commit_callbacks,
):
    export = sites.wordpress_site(tmp_path / "wp")
    client.force_login(administrator)

    response = post(
        client,
        django_capture_on_commit_callbacks,
        preset="wordpress",
        archive=SimpleUploadedFile("friends.WordPress.xml", export.read_bytes()),
        uploads_archive=zipped(export.parent / "uploads", "uploads.zip", "wp-content/uploads"),
    )
    page = html(client.get(response["Location"]))

    assert "Imported: 2, updated: 0, unchanged: 0, skipped: 1" in page.get_text()
    english = ArticlePage.objects.get(title="The congress opens")
    assert english.lead_image is not None
    assert not page.select(".archive-notes")  # no photo was missing


def test_an_uploaded_dry_run_writes_nothing(
    client, administrator, tmp_path, news_indexes, editor, django_capture_on_commit_callbacks
):
    mirror = sites.ucoz_site(tmp_path / "friends.ucoz.ru")
    client.force_login(administrator)

    response = post(
        client,
        django_capture_on_commit_callbacks,
        archive=zipped(mirror, "friends.zip"),
        dry_run="on",
    )

    assert (
        "Dry run, nothing was written. Imported: 4"
        in client.get(response["Location"]).content.decode()
    )
    assert not ArchiveEntry.objects.exists()


def refused(client, django_capture_on_commit_callbacks, html, **data) -> str:
    response = post(client, django_capture_on_commit_callbacks, **data)
    assert response.status_code == 200
    assert not ImportRun.objects.exists()
    return html(response).select_one("#archive-import-form").get_text(" ")


def test_a_file_that_is_not_a_zip_is_refused(
    client, administrator, news_indexes, html, django_capture_on_commit_callbacks
):
    client.force_login(administrator)
    text = refused(
        client,
        django_capture_on_commit_callbacks,
        html,
        archive=SimpleUploadedFile("site.zip", b"<html>a page, not a zip</html>"),
    )
    assert "site.zip is not a .zip file (or it is damaged)" in text


def test_a_zip_with_names_leading_outside_its_folder_is_refused(
    client, administrator, news_indexes, html, data_dir, django_capture_on_commit_callbacks
):
    client.force_login(administrator)
    for name in ("../../etc/cron.d/evil", "/etc/passwd", "site/..\\..\\evil.html", "C:/evil"):
        text = refused(
            client,
            django_capture_on_commit_callbacks,
            html,
            archive=zip_of({"site/index.html": b"<html></html>", name: b"x"}),
        )
        assert "which would be unpacked outside its folder" in text, name
    assert not (data_dir / uploads.FOLDER_NAME).exists()


def test_unpacking_refuses_such_names_even_past_the_form(tmp_path):
    archive = tmp_path / "site.zip"
    archive.write_bytes(zip_of({"ok.html": b"1", "a/../../evil.html": b"x"}).read())

    with pytest.raises(uploads.UploadError, match="outside its folder"):
        uploads.unpack(archive, tmp_path / "out")
    assert not (tmp_path / "evil.html").exists()


def test_an_upload_or_its_content_too_large_is_refused(
    client, administrator, news_indexes, html, settings, django_capture_on_commit_callbacks
):
    client.force_login(administrator)
    settings.ARCHIVE_UPLOAD_MAX_BYTES = 100
    text = refused(
        client,
        django_capture_on_commit_callbacks,
        html,
        archive=SimpleUploadedFile("big.zip", b"x" * 101),
    )
    assert "big.zip is larger than 100\xa0bytes, the most an upload may be." in text

    settings.ARCHIVE_UPLOAD_MAX_BYTES = 10_000
    settings.ARCHIVE_UNPACKED_MAX_BYTES = 5_000
    # Compressed small, unpacked large: what a "zip bomb" is.
    text = refused(
        client,
        django_capture_on_commit_callbacks,
        html,
        archive=zip_of({"site/a.html": b"0" * 4_000, "site/b.html": b"0" * 4_000}, "bomb.zip"),
    )
    assert "bomb.zip holds more than 4.9\xa0KB once unpacked" in text


def test_an_export_in_an_unknown_encoding_is_refused(
    client, administrator, news_indexes, html, django_capture_on_commit_callbacks
):
    client.force_login(administrator)
    text = refused(
        client,
        django_capture_on_commit_callbacks,
        html,
        preset="wordpress",
        archive=SimpleUploadedFile(
            "export.xml", b'<?xml version="1.0" encoding="x-old-cyrillic"?><rss></rss>'
        ),
    )
    assert "which is unknown" in text and "x-old-cyrillic" in text

    # No declaration, so UTF-8 as XML says, but written in Windows-1251.
    text = refused(
        client,
        django_capture_on_commit_callbacks,
        html,
        preset="wordpress",
        archive=SimpleUploadedFile("export.xml", "<rss>Съезд</rss>".encode("cp1251")),
    )
    assert "is not in the encoding it says (utf-8)" in text


def test_a_zip_whose_file_names_are_in_an_unknown_encoding_is_refused(
    client, administrator, news_indexes, html, django_capture_on_commit_callbacks
):
    client.force_login(administrator)
    # A zip made on Russian Windows: names in cp866, and no flag saying they are UTF-8
    # (Python writes such names in UTF-8: the name's bytes are put in afterwards).
    name = "новости".encode("cp866")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("site/" + "N" * len(name) + ".html", b"<html></html>")
    raw = buffer.getvalue().replace(b"N" * len(name), name)
    text = refused(
        client,
        django_capture_on_commit_callbacks,
        html,
        archive=SimpleUploadedFile("windows.zip", raw),
    )
    assert "windows.zip: the names of the files in it are in an unknown encoding" in text


def test_the_form_asks_for_one_source_and_the_right_kind_of_file(
    client, administrator, news_indexes, html, tmp_path, django_capture_on_commit_callbacks
):
    client.force_login(administrator)
    text = refused(client, django_capture_on_commit_callbacks, html)
    assert "Upload the archive, or give its place on the server" in text

    text = refused(
        client,
        django_capture_on_commit_callbacks,
        html,
        preset="wordpress",
        archive=zip_of({"export.xml": b"<rss/>"}, "export.zip"),
    )
    assert "A WordPress export is uploaded as its .xml file" in text


def test_a_zip_without_entries_imports_nothing_and_is_not_kept(
    client, administrator, news_indexes, html, data_dir, django_capture_on_commit_callbacks
):
    client.force_login(administrator)
    response = post(
        client,
        django_capture_on_commit_callbacks,
        archive=zip_of({"notes/readme.txt": b"nothing here"}),
    )
    page = html(client.get(response["Location"]))

    assert ImportRun.objects.get().status == ImportRun.Status.DONE
    assert "Imported: 0" in page.get_text()
    assert list((data_dir / uploads.FOLDER_NAME).iterdir()) == []
