"""A German reader opens the organization's structure page in a real browser."""

from __future__ import annotations

import pytest

from rostra.conftest import save_screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_it_shows_the_structure_in_german(live_server, chromium, chair, observer, org_units):
    page = chromium.new_page(viewport={"width": 1280, "height": 900}, locale="de-DE")
    response = page.goto(f"{live_server.url}/de/org/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "de"
    names = page.locator(".org-unit-name").all_inner_texts()
    assert names[:2] == ["Freundschaftsverband", "Koordinierungskomitee"]
    assert {"Vorbereitungskomitee", "Sektion Deutschland", "Sektion China"} <= set(names)
    officers = page.locator(".org-officers").first
    assert "Vorsitzender des Koordinierungskomitees" in officers.inner_text()
    assert "Li Wei" in officers.inner_text()
    save_screenshot(page, "org-structure-de")

    # The officer's name leads to the public profile, still in German.
    page.get_by_role("link", name="Li Wei").first.click()
    page.wait_for_url("**/de/org/people/p-chair/")
    assert page.locator("h1").inner_text() == "Li Wei"
    assert "李伟" in page.locator(".org-original-name").inner_text()
