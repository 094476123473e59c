"""A secret vote end to end in real browsers: the chair, two tellers and three delegates.

The chair picks the tellers and opens the vote; each teller's browser makes its key share
(kept in that browser); each delegate's browser encrypts the ballot and gets its tracker; the
chair closes; the tellers' browsers decrypt the total; everyone sees the result, and each
delegate finds their tracker on the bulletin board. No frame a delegate's browser sends holds
the choice, and the downloaded record verifies.
"""

from __future__ import annotations

import json
import os

import pytest

from rostra.assembly.tests.server import serve, sqlite_site
from rostra.conftest import save_screenshot
from rostra.events.voting import protocol

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser

TIMEOUT_MS = 30_000

SEED = """
import json
from rostra.assembly import seed
m = seed.meeting(delegates=3)
secret = seed.choice(m.items[1], ["Ann Lee", "Ben Ode"], question="Elect the treasurer",
                     secret=True)
print("SEED " + json.dumps({"chair": m.chair.token, "t1": m.guest.token, "t2": m.observer.token,
      "delegates": [d.token for d in m.delegates], "secret": secret.pk}))
"""


@pytest.fixture
def browser(chromium):
    return chromium


def _open(browser, base: str, token: str, sent: list | None = None):
    context = browser.new_context(viewport={"width": 1100, "height": 900}, locale="en-GB")
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
    if sent is not None:
        page.on("websocket", lambda ws: ws.on("framesent", lambda payload: sent.append(payload)))
    page.goto(f"{base}/en/live/congress/?token={token}")
    page.get_by_text("Connected", exact=True).wait_for()
    return page


def test_a_chair_two_tellers_and_three_delegates_hold_a_secret_vote(browser, tmp_path):
    env, data = sqlite_site(tmp_path, SEED)
    with serve(env, tmp_path / "serve.log") as (base, _process):
        chair = _open(browser, base, data["chair"])
        tellers = [_open(browser, base, data["t1"]), _open(browser, base, data["t2"])]
        sent: list[list] = [[], [], []]
        delegates = [
            _open(browser, base, token, frames)
            for token, frames in zip(data["delegates"], sent, strict=True)
        ]

        chair.locator("#ballot-tellers").select_option(label=["Gustav Guest", "Olga Observer"])
        chair.get_by_role("button", name="Open the vote: Elect the treasurer").first.click()
        # Tellers' names come in every script; each page shows the reader's.
        # (The list is in the delegates' ballot panel, which the chair's console hides.)
        chair.locator("#ballot-tellers-list").get_by_text("Gustav Guest: ").wait_for(
            state="attached"
        )
        for teller in tellers:
            teller.get_by_text("You are a teller of this vote").wait_for()
            teller.get_by_text(
                "Your key share is kept in this browser only.", exact=False
            ).wait_for()
            assert teller.locator("#teller-backup").get_attribute("download").startswith("teller-")
        save_screenshot(tellers[0], "secret-vote-teller")

        choices = ["Ann Lee", "Ann Lee", "Ben Ode"]
        trackers = []
        for page, choice in zip(delegates, choices, strict=True):
            page.locator("#ballot-vote").get_by_role("button", name=choice).click()
            page.get_by_text("Your encrypted ballot was received and stored.").wait_for()
            trackers.append(
                page.locator("#ballot-trackers [data-tracker]").get_attribute("data-tracker")
            )
        save_screenshot(delegates[0], "secret-vote-delegate-voted")
        assert len(set(trackers)) == 3
        chair.get_by_text("3 of 4 votes cast").wait_for()

        chair.get_by_role("button", name="Close the vote: Elect the treasurer").click()
        for page in (chair, *tellers, *delegates):
            page.locator("#verdict", has_text="Elected: Ann Lee").wait_for()
        save_screenshot(chair, "secret-vote-result-chair")

        # Each delegate finds their own tracker on the bulletin board.
        for n, (page, tracker) in enumerate(zip(delegates, trackers, strict=True)):
            page.get_by_role("link", name="Find it on the bulletin board").click()
            page.locator("#trackers code", has_text=tracker).wait_for()
            assert "Elected: Ann Lee" in page.locator("#bulletin-result").inner_text()
            save_screenshot(page, f"secret-vote-bulletin-{n + 1}")

        # The published record verifies; the browsers never sent a choice in the clear.
        record = delegates[0].request.get(delegates[0].url + "&format=json").json()
        assert protocol.verify_record(record) == {"o1": 2, "o2": 1}
        for frames in sent:
            for frame in frames:
                message = json.loads(frame)
                assert "option" not in message or not message["option"], message
                assert "o1" not in json.dumps({k: v for k, v in message.items() if k != "ballot"})
        for page in (chair, *tellers, *delegates):
            assert page.errors == []
