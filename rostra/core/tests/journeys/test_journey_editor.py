"""Journey of an editor in the Wagtail admin: she switches the admin to Russian (her account
has no first or last name on file), reads an article's views chart in Russian and German, builds
a gallery of many photos in one go, and starts an article over without being stopped by the
attempt she abandoned (issue #11, point 17).
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import timezone

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fast_passwords"),
]


def test_it_switches_the_admin_language_reads_the_views_chart_and_builds_a_gallery(
    visit, make_article, editor, chief_editor, news_indexes
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

    # One test per module (a second live-server test found the database without its locales).
    _gallery_of_many_photos(visit, editor, news_indexes)
    _abandoned_attempt_then_the_same_title(visit, editor, news_indexes)


PHOTOS = 6


def _gallery_of_many_photos(visit, editor, news_indexes):
    from wagtail.users.models import UserProfile

    from rostra.news import builders
    from rostra.news.models import ArticlePage

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    for n in range(1, PHOTOS + 1):
        builders.make_image(f"Summer camp {n}", size=(640, 427))
    v = visit("editor", "desktop", "en")
    v.login("editor")
    page = v.page
    page.goto(f"{v.base}/admin/pages/add/news/articlepage/{news_indexes['en'].pk}/")
    page.fill("#id_title", "Summer camp in Kazan")
    page.get_by_role("button", name="Choose photos").click()
    boxes = page.locator(".modal input[data-multiple-choice-select]")
    boxes.first.wait_for()
    assert boxes.count() == PHOTOS
    for n in range(PHOTOS):
        boxes.nth(n).check()
    v.shot("gallery-chooser")
    page.locator(".modal [data-multiple-choice-submit]").click()
    items = page.locator("#id_gallery_images-FORMS [data-inline-panel-child]")
    items.nth(PHOTOS - 1).wait_for()
    assert items.count() == PHOTOS
    headings = [
        items.nth(n).locator("[data-panel-heading]").first.inner_text() for n in range(PHOTOS)
    ]
    assert all("gallery" not in h for h in headings), headings
    assert headings[0].replace("\n", " ").startswith("Photo"), headings
    thumbnails = items.locator("img")
    assert thumbnails.count() == PHOTOS
    assert all(thumbnails.nth(n).is_visible() for n in range(PHOTOS))
    v.shot("gallery-chosen")
    page.locator("footer .action-save").first.click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/.*"))
    article = ArticlePage.objects.get(title="Summer camp in Kazan")
    titles = [g.image.title for g in article.gallery_images.order_by("sort_order")]
    assert sorted(titles) == [f"Summer camp {n}" for n in range(1, PHOTOS + 1)]
    assert v.errors == []


def _abandoned_attempt_then_the_same_title(visit, editor, news_indexes):
    from wagtail.users.models import UserProfile

    from rostra.news.models import ArticlePage

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ru"
    profile.save()
    v = visit("editor", "phone", "ru")
    v.login("editor")
    page = v.page
    page.on("dialog", lambda dialog: dialog.accept())
    add = f"{v.base}/admin/pages/add/news/articlepage/{news_indexes['en'].pk}/"

    # She starts an article and leaves it: nothing is kept.
    page.goto(add)
    page.fill("#id_title", "Round table in Vienna")
    page.locator("#id_lead").fill("Delegates met.")
    # The form still watches for unsaved changes (it warns on leaving), but nothing saves
    # it automatically before the editor does.
    assert page.evaluate(
        """() => {
          const form = document.querySelector("form[data-edit-form]");
          const app = window.wagtail.app;
          return Boolean(app.getControllerForElementAndIdentifier(form, "w-unsaved"))
            && !app.getControllerForElementAndIdentifier(form, "w-autosave");
        }"""
    )
    page.goto(f"{v.base}/admin/")
    assert not ArticlePage.objects.filter(title="Round table in Vienna").exists()

    # Starting again with the title of an article that exists: a free address, no error.
    page.goto(add)
    page.fill("#id_title", "Summer camp in Kazan")
    page.locator("#id_title").blur()  # Wagtail fills the slug from the title on leaving it
    page.locator("footer .action-save").first.click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/.*"))
    slugs = sorted(
        ArticlePage.objects.filter(title="Summer camp in Kazan").values_list("slug", flat=True)
    )
    assert slugs == ["summer-camp-in-kazan", "summer-camp-in-kazan-1"]
    v.shot("same-title-saved")

    # An address taken on the Promote tab: the error is told at the top, where she is.
    page.get_by_role("tab", name="Продвижение").click()
    page.fill("#id_slug", "summer-camp-in-kazan")
    page.get_by_role("tab", name="Содержимое").click()
    page.locator("footer .action-save").first.click()
    message = page.locator(".messages")
    message.wait_for()
    assert "Продвижение" in message.inner_text()
    assert "summer-camp-in-kazan" in message.inner_text()
    assert message.bounding_box()["y"] < 844
    v.shot("error-at-the-top")
    assert v.errors == []
