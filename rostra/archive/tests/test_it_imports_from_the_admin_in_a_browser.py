"""In a real browser: an administrator imports a WordPress export from the admin screen, reads
the report, and the old address leads to the imported article."""

from __future__ import annotations

import pytest

from rostra.archive.tests import sites
from rostra.conftest import save_screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fast_passwords"),
]


def test_an_administrator_imports_an_archive_in_the_browser(
    live_server, chromium, administrator, news_indexes, tmp_path
):
    export = sites.wordpress_site(tmp_path / "wp")
    page = chromium.new_context(viewport={"width": 1280, "height": 1000}).new_page()
    page.set_default_timeout(30_000)
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "administrator")
    page.fill("#id_password", "pass-administrator")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")

    page.goto(live_server.url + "/admin/archive/import/")
    page.fill("#id_source", str(export))
    page.select_option("#id_preset", "wordpress")
    page.fill("#id_authors", "maria = administrator")
    save_screenshot(page, "archive-import-form")
    page.click("#archive-import-form button[type=submit]")

    try:  # the import runs in the request here (the embedded default's tasks)
        page.wait_for_selector(".archive-summary", timeout=180_000)
    finally:
        save_screenshot(page, "archive-import-report")
    summary = page.inner_text(".archive-summary")
    assert "Imported: 2, updated: 0, unchanged: 0, skipped: 1, failed: 0." in summary
    assert "not published (status: draft)" in page.inner_text(".archive-skipped")
    assert page.inner_text(".archive-status") == "finished"

    page.goto(live_server.url + "/2019/07/22/congress-opens/")
    assert page.url.endswith("/en/news/congress-opens/")
    assert "The congress opens" in page.inner_text("h1")
