"""Journey of a chapter secretary in the admin: her dashboard is about her chapter's work
(no "Most read" articles); a moderator sees how many comments wait, in the menu."""

from __future__ import annotations

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fast_passwords"),
]


def test_it_shows_each_role_its_own_dashboard(visit, secretary, moderator, make_article):
    from rostra.readers.models import Comment

    article = make_article("en", title="Congress opens")
    for n in range(3):
        Comment.objects.create(page=article, name=f"Reader {n}", body="Thank you.")
    v = visit("secretary", "desktop", "en")
    v.login("secretary")
    assert v.page.locator("text=Most read").count() == 0
    v.shot("dashboard")

    m = visit("secretary", "phone", "ru")
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = "ru"
    profile.save()
    m.login("moderator")
    m.page.locator("body").wait_for()
    menu = m.page.content()
    assert "3 ждут" in menu
    m.shot("moderator-dashboard")
