"""In a real browser: a guest comments, waits for moderation; a moderator approves the comment
in the admin; the article shows "Comments: 1"."""

from __future__ import annotations

import re

import pytest

from rostra.conftest import save_screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fast_passwords"),
]


@pytest.fixture
def browser_page(chromium):
    page = chromium.new_context(viewport={"width": 1280, "height": 1000}).new_page()
    page.set_default_timeout(15_000)
    return page


def test_it_moderates_a_guest_comment(live_server, browser_page, make_article, moderator, settings):
    settings.ROSTRA_COMMENTS_MIN_SECONDS = 1
    article = make_article(title="Congress opens in Geneva")
    page = browser_page
    page.goto(live_server.url + article.url)
    page.fill("#id_body", "A fine report, thank you.\nSee you at the next congress.")
    page.fill("#id_name", "Maria Guest")
    page.fill("#id_email", "maria@example.org")
    page.wait_for_timeout(1200)  # a person takes a moment; robots do not
    page.click("#comment-form button[type=submit]")
    page.wait_for_selector(".comment-notice")
    assert "once a moderator has approved it" in page.inner_text(".comment-notice")
    assert "A fine report" not in page.inner_text("#comments")
    assert re.search(r"Comments:\s*0", page.inner_text("main article footer"))

    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "moderator")
    page.fill("#id_password", "pass-moderator")
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")  # signed in before going on
    page.goto(live_server.url + "/admin/comments/")
    assert "A fine report" in page.inner_text("table.listing")
    page.check("table.listing tbody input[name=comment]")
    page.click("button[value=approve]")
    page.wait_for_selector(".readers-empty")

    page.context.clear_cookies()  # a reader again
    page.goto(live_server.url + article.url)
    footer = page.inner_text("main article footer")
    assert re.search(r"Comments:\s*1", footer), footer
    assert "A fine report" in page.inner_text("#comments")
    assert "maria@example.org" not in page.content()
    page.locator("#comments").scroll_into_view_if_needed()
    save_screenshot(page, "readers-comment-approved")
