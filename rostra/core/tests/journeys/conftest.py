"""The browser journeys: one Chromium per module, a page per (size, language), axe-core.

Each journey module walks one role's paths in English and in Russian or Chinese, at a desktop
and a phone size, asserting what the person sees and what is stored, and saving screenshots in
test-artifacts/journey-<role>-<step>-<size>-<language>.png.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from rostra.conftest import CHROMIUM, close_browser_context_connections, save_screenshot

AXE = Path(__file__).resolve().parents[4] / "node_modules" / "axe-core" / "axe.min.js"
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def journey_browser():
    """One headless Chromium for a whole journey module (starting one costs a second or two)."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
            timeout=60_000,
        )
        try:
            yield browser
        finally:
            close_browser_context_connections()
            browser.close()


class Visit:
    """A person's browser tab: the page, its size and language, and what it saw go wrong."""

    def __init__(self, browser, base: str, role: str, size: str, language: str):
        self.base, self.role, self.size, self.language = base, role, size, language
        self.context = browser.new_context(
            viewport=SIZES[size],
            locale={"en": "en-GB", "ru": "ru-RU", "zh-hans": "zh-CN", "de": "de-DE"}[language],
            # axe-core is injected as a script: a Content-Security-Policy must not stop it.
            bypass_csp=True,
        )
        # No request leaves the test server: no external widget, font or tracker may load.
        self.outside = []

        def route(request_route):
            if request_route.request.url.startswith(base):
                request_route.continue_()
            else:
                self.outside.append(request_route.request.url)
                request_route.abort()

        self.context.route("**/*", route)
        self.page = self.context.new_page()
        self.page.set_default_timeout(TIMEOUT_MS)
        self.errors = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def goto(self, path: str):
        response = self.page.goto(self.base + path)
        return response

    def shot(self, step: str) -> Path:
        return save_screenshot(self.page, f"journey-{self.role}-{step}-{self.size}-{self.language}")

    def axe(self) -> list[dict]:
        """axe-core's WCAG 2.1 A/AA violations on the current page (none expected)."""
        if not AXE.exists():
            if os.environ.get("CI") == "true":
                pytest.fail(f"axe-core missing at {AXE}: run `make setup`")
            pytest.skip("axe-core not installed (make setup installs it)")
        if not self.page.evaluate("() => typeof window.axe !== 'undefined'"):
            self.page.add_script_tag(path=str(AXE))
        result = self.page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        return [
            {
                "id": v["id"],
                "help": v["help"],
                "nodes": [n["target"] for n in v["nodes"]][:5],
            }
            for v in result["violations"]
        ]

    def assert_accessible(self) -> None:
        violations = self.axe()
        assert violations == [], json.dumps(violations, ensure_ascii=False, indent=1)

    def login(self, username: str) -> None:
        self.page.goto(f"{self.base}/admin/login/")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", f"pass-{username}")
        self.page.click("button[type=submit]")
        self.page.wait_for_url(f"{self.base}/admin/")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(transactional_db, journey_browser, live_server):
    """visit(role, size, language) -> a Visit, closed after the test and before the database
    is emptied (a page still open would go on sending requests to it)."""
    opened = []

    def open_visit(role: str, size: str = "desktop", language: str = "en") -> Visit:
        v = Visit(journey_browser, live_server.url, role, size, language)
        opened.append(v)
        return v

    yield open_visit
    for v in opened:
        v.close()
