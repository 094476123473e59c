"""The admin's CSV upload in a real browser: upload a Russian Excel file, see the preview as
read (Windows-1251, semicolons), confirm, watch the progress bar, read the result; then a file
with bad rows and its list of problems. Screenshots in test-artifacts/org-csv-*.png."""

from __future__ import annotations

import threading

import pytest

from rostra.conftest import save_screenshot
from rostra.org import csvwrite
from rostra.org.models import Person
from rostra.org.tests.test_csv_import import PEOPLE_MIXED

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROWS = 2500


def _russian_excel_file(tmp_path):
    lines = ["ref;original_name;name_ru;home_unit;language"] + [
        f"p-{n:05d};Пётр Иванов {n};Пётр Иванов;chapter-de;ru" for n in range(ROWS)
    ]
    path = tmp_path / "люди.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1251"))
    return path


def test_it_uploads_previews_confirms_shows_progress_and_the_result(
    live_server, chromium, org_admin, org_units, tmp_path, monkeypatch, settings
):
    from playwright.sync_api import expect

    settings.ORG_IMPORT_IN_THREAD = True  # the embedded default: the import runs in a thread
    # The import waits before its second batch until the test has seen the progress bar.
    go_on = threading.Event()
    real = csvwrite._write_batch
    batches = []

    def held(*args):
        batches.append(1)
        if len(batches) == 2:
            go_on.wait(timeout=120)
        return real(*args)

    monkeypatch.setattr(csvwrite, "_write_batch", held)
    base = live_server.url
    page = chromium.new_page(viewport={"width": 1200, "height": 900})
    try:
        page.goto(f"{base}/admin/login/")
        page.fill("#id_username", "orgadmin")
        page.fill("#id_password", "pass-orgadmin")
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/admin/")

        page.goto(f"{base}/admin/org_csv/")
        page.select_option("#id_kind", "people")
        page.set_input_files("#id_file", str(_russian_excel_file(tmp_path)))
        page.get_by_role("button", name="Upload and preview").click()

        detected = page.locator(".org-import-detected")
        expect(detected).to_contain_text("Read as Windows-1251 (Cyrillic, Russian Excel)")
        expect(detected).to_contain_text("columns separated by semicolon")
        expect(detected).to_contain_text(f"{ROWS} rows to import.")
        expect(page.locator(".org-import-preview tbody tr")).to_have_count(10)
        expect(page.locator(".org-import-preview tbody tr").first).to_contain_text("Пётр Иванов 0")
        save_screenshot(page, "org-csv-1-preview")
        assert Person.objects.count() == 0

        page.get_by_role("button", name=f"Check and import {ROWS} rows").click()
        expect(page.locator("[data-import-label]")).to_have_text("writing the rows", timeout=60_000)
        expect(page.locator("[data-import-count]")).to_have_text(f"1000 of {ROWS} rows")
        assert page.locator("[data-import-progress]").get_attribute("value") is not None
        save_screenshot(page, "org-csv-2-progress")

        go_on.set()
        result = page.locator("[data-import-result=done]")
        expect(result).to_contain_text(f"Imported {ROWS} new and 0 updated rows.", timeout=60_000)
        save_screenshot(page, "org-csv-3-result")
        assert Person.objects.filter(name_ru="Пётр Иванов").count() == ROWS

        # A file with bad rows: nothing written, every problem listed with line and column.
        bad = tmp_path / "bad.csv"
        bad.write_text(PEOPLE_MIXED, encoding="utf-8")
        page.goto(f"{base}/admin/org_csv/")
        page.set_input_files("#id_file", str(bad))
        page.get_by_role("button", name="Upload and preview").click()
        page.get_by_role("button", name="Check and import 8 rows").click()
        errors = page.locator(".org-import-errors tbody tr")
        expect(errors).to_have_count(5, timeout=60_000)
        expect(errors.nth(1)).to_contain_text("unknown unit “chapter-xx”")
        expect(errors.nth(1).locator("td").first).to_have_text("5")
        save_screenshot(page, "org-csv-4-errors")
        assert Person.objects.count() == ROWS
    finally:
        go_on.set()
        page.close()
        # The import threads end (and close their connections) before the database goes.
        for thread in threading.enumerate():
            if thread.name.startswith("csv-import-"):
                thread.join(timeout=120)
