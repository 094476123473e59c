"""Helpers for the readers' tests: posting the comment form as a reader's browser would."""

from __future__ import annotations

import pytest

from rostra.readers import counting
from rostra.readers.forms import form_stamp

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"


@pytest.fixture(autouse=True)
def _comments_never_close_by_age(settings):
    """Test articles are dated in the past; the test of closing by age sets its own."""
    settings.ROSTRA_COMMENTS_CLOSE_AFTER_DAYS = 0


@pytest.fixture
def no_wait(settings):
    """No minimum fill-in time (tests send the form at once)."""
    settings.ROSTRA_COMMENTS_MIN_SECONDS = 0


@pytest.fixture
def post_comment(client):
    """post_comment(page, body=..., name=..., email=..., **extra) -> response (not followed)"""

    def post(page, browser=None, **data):
        browser = browser or client
        form = {"body": "A comment.", "name": "Guest Reader", "email": "guest@example.org"}
        form.update(shown=form_stamp(), website="")
        form.update(data)
        return browser.post(
            f"/{page.locale.language_code}/comments/{page.pk}/",
            {k: v for k, v in form.items() if v is not None},
            HTTP_USER_AGENT=BROWSER,
        )

    return post


@pytest.fixture
def counter():
    """A fresh in-process counter for the test (Redis-backed ones are made by the tests)."""
    fresh = counting.ViewCounter()
    counting.set_counter(fresh)
    yield fresh
    counting.set_counter(None)
