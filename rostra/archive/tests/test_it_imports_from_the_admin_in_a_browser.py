"""In a real browser: an administrator uploads an archive on the admin screen, follows the
run's progress, reads the report, and the old address leads to the imported article; in
English (a WordPress export with a .zip of its uploads) and in Russian (a .zip of a saved
uCoz site)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from rostra.archive.tests import sites
from rostra.conftest import save_screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fast_passwords"),
]


@pytest.fixture(autouse=True)
def run_in_the_request(settings, tmp_path):
    # The run in the request that starts it: in a thread, its writes lock the test's shared
    # in-memory SQLite tables, and the run page's reads failed ("table is locked").
    settings.ARCHIVE_IMPORT_IN_THREAD = False
    settings.DATA_DIR = tmp_path / "data"


def make_zip(folder: Path, target: Path, inside: str) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                archive.write(file, Path(inside) / file.relative_to(folder))
    return target


def sign_in(chromium, live_server, locale: str):
    page = chromium.new_context(viewport={"width": 1280, "height": 1000}, locale=locale).new_page()
    page.set_default_timeout(30_000)
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "administrator")
    page.fill("#id_password", "pass-administrator")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return page


def wait_for_report(page, name: str) -> None:
    try:  # the run page refreshes itself until the run is over
        page.wait_for_selector(".archive-summary", timeout=180_000)
    finally:
        save_screenshot(page, name)


def test_an_administrator_uploads_a_wordpress_export_in_english(
    live_server, chromium, administrator, news_indexes, tmp_path
):
    export = sites.wordpress_site(tmp_path / "wp")
    photos = make_zip(tmp_path / "wp" / "uploads", tmp_path / "uploads.zip", "uploads")
    page = sign_in(chromium, live_server, "en-GB")

    page.goto(live_server.url + "/admin/archive/import/")
    page.set_input_files("#id_archive", str(export))
    page.select_option("#id_preset", "wordpress")
    page.set_input_files("#id_uploads_archive", str(photos))
    page.fill("#id_authors", "maria = administrator")
    save_screenshot(page, "archive-import-form")
    page.click("#archive-import-form button[type=submit]")

    wait_for_report(page, "archive-import-report")
    summary = page.inner_text(".archive-summary")
    assert "Imported: 2, updated: 0, unchanged: 0, skipped: 1, failed: 0." in summary
    assert "not published (status: draft)" in page.inner_text(".archive-skipped")
    assert page.inner_text(".archive-status") == "finished"
    assert export.name in page.inner_text("header")

    page.goto(live_server.url + "/2019/07/22/congress-opens/")
    assert page.url.endswith("/en/news/congress-opens/")
    assert "The congress opens" in page.inner_text("h1")


def test_an_administrator_uploads_a_saved_site_in_russian(
    live_server, chromium, administrator, news_indexes, tmp_path
):
    mirror = sites.ucoz_site(tmp_path / "friends.ucoz.ru")
    archive = make_zip(mirror, tmp_path / "friends.zip", "friends.ucoz.ru")
    page = sign_in(chromium, live_server, "ru-RU")

    page.goto(live_server.url + "/admin/archive/import/")
    assert page.inner_text("h1").strip() == "Импорт архива"
    page.set_input_files("#id_archive", str(archive))
    page.select_option("#id_preset", "ucoz")
    page.fill("#id_authors", "editor2 = nobody-here")  # one entry fails, with its reason
    save_screenshot(page, "archive-import-form-ru")
    page.click("#archive-import-form button[type=submit]")

    wait_for_report(page, "archive-import-report-ru")
    summary = page.inner_text(".archive-summary")
    assert "Импортировано: 3, обновлено: 0" in summary
    assert "с ошибкой: 1" in summary
    assert "nobody-here" in page.inner_text(".archive-failed")
    assert page.inner_text(".archive-status") == "завершён"
