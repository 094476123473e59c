"""A German reader opens the organization's structure page in a real browser."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the test still calls the ORM.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


def test_it_shows_the_structure_in_german(live_server, chair, observer, org_units):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="de-DE")
            response = page.goto(f"{live_server.url}/de/org/")
            assert response.status == 200
            assert page.locator("html").get_attribute("lang") == "de"
            names = page.locator(".org-unit-name").all_inner_texts()
            assert names[:2] == ["Freundschaftsverband", "Koordinierungskomitee"]
            assert {"Vorbereitungskomitee", "Sektion Deutschland", "Sektion China"} <= set(names)
            officers = page.locator(".org-officers").first
            assert "Vorsitzender des Koordinierungskomitees" in officers.inner_text()
            assert "Li Wei" in officers.inner_text()
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "org-structure-de.png"), full_page=True)

            # The officer's name leads to the public profile, still in German.
            page.get_by_role("link", name="Li Wei").first.click()
            page.wait_for_url("**/de/org/people/p-chair/")
            assert page.locator("h1").inner_text() == "Li Wei"
            assert "李伟" in page.locator(".org-original-name").inner_text()
        finally:
            browser.close()
