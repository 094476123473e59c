"""In a real browser, through nginx in front of Rostra: the article comes from the file nginx
serves (no form stamp in it), the comment form fetches its stamp when it gets focus, and the
comment is accepted."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from rostra.conftest import save_screenshot
from rostra.readers.models import Comment

from .test_it_serves_cached_pages_through_nginx import (  # noqa: F401  (app is a fixture)
    NGINX,
    app,
    get,
    nginx,
    running_nginx,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(not NGINX.exists(), reason="Debian's nginx-light is not installed"),
]


def test_it_fetches_the_stamp_when_the_form_gets_focus(
    app,  # noqa: F811  (the fixture imported above)
    live_server,
    chromium,
    make_article,
    settings,
    tmp_path,
):
    settings.ROSTRA_COMMENTS_MIN_SECONDS = 0
    settings.STATIC_ROOT = tmp_path / "static"
    call_command("collectstatic", "--noinput", "--link", "-v0")
    article = make_article(title="Read through nginx")
    upstream = live_server.url.removeprefix("http://")
    with running_nginx(tmp_path / "nginx", upstream, "/") as base:
        host = base.removeprefix("http://")
        # The page cache writes the page for nginx (pagecache.py); in a thread of its own, as
        # Playwright's event loop runs in this one.
        with ThreadPoolExecutor(1) as thread:
            for _ in range(3):
                thread.submit(get, app, article.url, host=host).result()
        page_file = nginx.pages_dir() / "127.0.0.1" / article.url.lstrip("/") / "index.html"
        assert page_file.exists()
        page = chromium.new_context(viewport={"width": 1280, "height": 1000}).new_page()
        page.set_default_timeout(15_000)
        response = page.goto(base + article.url)
        assert response.headers["x-page-cache"] == "nginx"
        assert page.input_value("input[name=shown]") == ""
        page.click("#id_body")
        # expect(), not wait_for_function: a predicate still false at its first check is polled
        # by eval in the page, which the page's CSP refuses (seen when the stamp came late).
        expect(page.locator("input[name=shown]")).not_to_have_value("")
        page.fill("#id_body", "Read on a page nginx served.")
        page.fill("#id_name", "Nadia Reader")
        page.fill("#id_email", "nadia@example.org")
        page.click("#comment-form button[type=submit]")
        page.wait_for_selector(".comment-notice")
        assert "once a moderator has approved it" in page.inner_text(".comment-notice")
        assert "Read on a page nginx served." in Comment.objects.get().body
        save_screenshot(page, "readers-comment-from-nginx-page")
