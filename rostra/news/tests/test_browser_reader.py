"""A reader in a real browser: from the English home page to a Russian article's photos.

Headless Chromium (/usr/bin/chromium) driven by Playwright against pytest-django's live server.
The page's own script runs, so this covers the language switcher and the photo lightbox as a
reader uses them; without a lightbox it walks the photo pages that work without JavaScript.
"""

from __future__ import annotations

import mimetypes
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.files.storage import default_storage

from rostra.conftest import save_screenshot
from rostra.news import builders

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fast_passwords"),
]

TIMEOUT_MS = 15_000


@pytest.fixture
def chromium_page(chromium):
    """A page of its own, collecting the page's script errors."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.js_errors = []
    page.on("pageerror", lambda error: page.js_errors.append(str(error)))
    return page


def _serve_media_from_test_storage(page, live_server_url: str) -> None:
    """The tests keep media in a temporary folder; hand those files to the browser."""

    def fulfil(route):
        name = urlsplit(route.request.url).path.removeprefix(settings.MEDIA_URL)
        if not default_storage.exists(name):
            route.fulfill(status=404, body="")
            return
        with default_storage.open(name) as file:
            body = file.read()
        route.fulfill(status=200, body=body, content_type=mimetypes.guess_type(name)[0])

    page.route(f"{live_server_url}{settings.MEDIA_URL}**", fulfil)


@pytest.fixture
def russian_article(make_article):
    english = make_article(
        title="Congress opens in Geneva",
        place="Geneva",
        source="Association TV",
        lead="Delegates from forty countries met on Monday.",
        lead_image=builders.make_image("Lead", size=(1000, 667), label="Lead"),
        photos=3,
    )
    return builders.translate_article(
        english,
        "ru",
        title="В Женеве открылся конгресс",
        lead="Делегаты из сорока стран встретились в понедельник.",
        captions=["Зал заседаний", "Выступает председатель", "Делегаты голосуют"],
    )


def test_it_takes_a_reader_from_the_english_home_to_the_second_photo_of_a_russian_article(
    live_server, russian_article, chromium_page
):
    page = chromium_page
    _serve_media_from_test_storage(page, live_server.url)

    page.goto(f"{live_server.url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("link", name="Congress opens in Geneva").first.is_visible()

    page.locator('.language-switcher a[hreflang="ru"]').click()
    page.wait_for_url(f"{live_server.url}/ru/")
    assert page.locator("html").get_attribute("lang") == "ru"

    page.get_by_role("link", name="В Женеве открылся конгресс").first.click()
    page.wait_for_url(f"{live_server.url}{russian_article.url}")
    assert page.locator("main h1").inner_text() == "В Женеве открылся конгресс"

    page.locator("[data-lightbox-item]").first.click()
    lightbox = page.locator("dialog.lightbox")
    # The site's script opens the viewer (no fixed wait: a slow machine takes longer).
    lightbox.wait_for(state="visible")
    caption = lightbox.locator(".lightbox-caption")
    assert caption.inner_text() == "Зал заседаний"
    page.keyboard.press("ArrowRight")
    assert caption.inner_text() == "Выступает председатель"
    image = lightbox.locator(".lightbox-image")
    image.evaluate("img => img.complete || new Promise(done => img.onload = done)")
    assert image.evaluate("img => img.naturalWidth") > 0

    save_screenshot(page, "reader-gallery")
    assert page.js_errors == []
