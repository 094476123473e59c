"""Journey of an editor in the Wagtail admin: she switches the admin to Russian (her account
has no first or last name on file), and reads an article's views chart in Russian and German.
"""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fast_passwords"),
]


def test_it_switches_the_admin_language_and_reads_the_views_chart(
    visit, make_article, editor, chief_editor
):
    from wagtail.users.models import UserProfile

    from rostra.readers.models import DailyViews

    editor.first_name = editor.last_name = ""
    editor.save()
    article = make_article("en", title="Congress opens in Geneva")
    today = timezone.localdate()
    for n, views in enumerate((1200, 5, 0, 37)):
        DailyViews.objects.create(
            page=article, date=today - datetime.timedelta(days=n), views=views
        )

    # Desktop, English: the account's preferences offer the site's four languages.
    v = visit("editor", "desktop", "en")
    v.login("editor")
    page = v.page
    page.goto(f"{v.base}/admin/account/")
    select = page.locator("#id_locale-preferred_language")
    options = select.locator("option").evaluate_all("options => options.map(o => o.value)")
    assert sorted(o for o in options if o) == ["de", "en", "ru", "zh-hans"]
    select.select_option("ru")
    v.shot("account-language")
    page.get_by_role("button", name="Save", exact=True).click()
    page.locator("html[lang=ru]").wait_for(state="attached")
    assert UserProfile.get_for_user(editor).preferred_language == "ru"
    v.shot("admin-in-russian")

    # Phone, Russian (the chief editor), then German: the chart's bars are drawn.
    for language in ("ru", "de"):
        profile = UserProfile.get_for_user(chief_editor)
        profile.preferred_language = language
        profile.save()
        phone = visit("editor", "phone", language)
        phone.login("chief")
        phone.page.goto(f"{phone.base}/admin/comments/views/{article.pk}/")
        bars = phone.page.locator("svg rect.bar")
        assert bars.count() == 30
        widths = bars.evaluate_all("bars => bars.map(b => b.getBBox().width)")
        assert all(w > 0 for w in widths)
        xs = bars.evaluate_all("bars => bars.map(b => b.getAttribute('x'))")
        assert all("," not in x for x in xs)
        heights = bars.evaluate_all("bars => bars.map(b => b.getBBox().height)")
        assert max(heights) > 100  # the day of 1,200 views reaches the top
        phone.shot("views-chart")
        assert phone.errors == []
