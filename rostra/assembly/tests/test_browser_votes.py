"""Three people in real browsers: the chair and two delegates hold a named vote.

Headless Chromium (/usr/bin/chromium) through Playwright, three browser contexts (separate
cookies and storage), against a real `rostra serve` (WebSockets) on a site of its own. The
chair opens the votes from his controls; one delegate votes with the mouse, the other with
the keyboard only; everyone sees the count, the acknowledgement and the result.
"""

from __future__ import annotations

import os

import pytest

from rostra.assembly.tests.server import serve, sqlite_site
from rostra.conftest import save_screenshot

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser

TIMEOUT_MS = 20_000

SEED = """
import json
from rostra.assembly import seed
m = seed.meeting(delegates=2)
named = seed.yes_no(m.items[0], question="Adopt the annual report?")
secret = seed.choice(m.items[1], ["Ann Lee", "Ben Ode"], question="Elect the treasurer",
                     secret=True)
print("SEED " + json.dumps({"chair": m.chair.token, "d1": m.delegates[0].token,
      "d2": m.delegates[1].token, "named": named.pk, "secret": secret.pk}))
"""


@pytest.fixture
def browser(chromium):
    return chromium


def _open(browser, base: str, token: str, viewport: dict):
    context = browser.new_context(viewport=viewport, locale="en-GB")
    # Nothing leaves 127.0.0.1.
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith(base) or route.request.url.startswith("ws://127.0.0.1")
            else route.abort()
        ),
    )
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(f"{base}/en/live/congress/?token={token}")
    page.get_by_text("Connected", exact=True).wait_for()
    return page


def _shot(page, name: str) -> None:
    save_screenshot(page, f"live-room-{name}")


def test_it_runs_a_named_vote_in_three_browsers(browser, tmp_path):
    env, data = sqlite_site(tmp_path, SEED)
    with serve(env, tmp_path / "serve.log") as (base, _process):
        chair = _open(browser, base, data["chair"], {"width": 1280, "height": 900})
        mouse = _open(browser, base, data["d1"], {"width": 390, "height": 844})  # a phone
        keyboard = _open(browser, base, data["d2"], {"width": 1024, "height": 768})

        # --- the named vote ---
        # The chair's console offers the current item's motion (the list below has it too).
        chair.locator("#console-vote-actions").get_by_role(
            "button", name="Open the vote: Adopt the annual report?"
        ).click()
        for page in (chair, mouse, keyboard):
            page.get_by_text("Adopt the annual report?", exact=True).first.wait_for()
        mouse.get_by_role("button", name="Yes", exact=True).click()
        mouse.get_by_text("Your vote (Yes) was counted.").wait_for()
        # The keyboard user: focus moved to the vote when it opened; Tab to "No", Enter.
        keyboard.locator("#vote-heading:focus").wait_for()
        keyboard.keyboard.press("Tab")
        keyboard.keyboard.press("Tab")
        assert keyboard.evaluate("document.activeElement.textContent") == "No"
        keyboard.keyboard.press("Enter")
        keyboard.get_by_text("Your vote (No) was counted.").wait_for()
        chair.get_by_role("button", name="Yes", exact=True).click()
        chair.get_by_text("Your vote (Yes) was counted.").wait_for()
        for page in (chair, mouse, keyboard):
            page.get_by_text("3 of 3 votes cast").wait_for()
        # A second press is not possible: the buttons are disabled once the vote is counted.
        assert mouse.get_by_role("button", name="Yes", exact=True).is_disabled()
        assert mouse.get_by_role("button", name="Yes", exact=True).get_attribute("aria-pressed")
        _shot(mouse, "named-voted-phone")
        chair.get_by_role("button", name="Close the vote: Adopt the annual report?").click()
        for page in (chair, mouse, keyboard):
            page.locator("#verdict", has_text="Adopted").wait_for()
            bars = page.locator(".motion-result-bars").inner_text().split()
            assert bars == ["Yes", "2", "(66.7%)", "No", "1", "(33.3%)", "Abstain", "0", "(0%)"]
            assert page.locator("#unanimous").count() == 0
        # Who voted how comes when asked for (the box opened), not with the result.
        assert keyboard.locator(".named li").count() == 0
        keyboard.get_by_text("Who voted how").click()
        keyboard.locator(".named li", has_text="Delegate 1: Yes").wait_for()
        assert "Olga" not in keyboard.locator(".named").text_content()
        _shot(keyboard, "named-result")

        # The secret election: test_browser_secret_vote.py (tellers, encrypted ballots).
        motions = chair.locator("#chair-motions").inner_text()
        assert "Adopt the annual report? (closed)" in motions
        assert (
            chair.get_by_role("button", name="Open the vote: Adopt the annual report?").count() == 0
        )
        chair.get_by_text("Who is here").click()
        chair.locator("#presence-list li", has_text="Delegate 2 (delegate with a vote)").wait_for()
        assert "delegate with a vote: 3" in chair.locator("#presence-counts").inner_text()
        _shot(chair, "named-chair")
        for page in (chair, mouse, keyboard):
            assert page.errors == []
