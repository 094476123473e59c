"""Journey of a translator: she opens the Chinese translation of an English article in
wagtail-localize's translation editor (admin in English), translates it and hands it in for
review; the chief editor (admin in Russian, on a phone) approves it in the same editor; a reader
then reads it in Chinese on a desktop and a phone. Until the approval, readers get nothing at
the Chinese address: the translation went through the "Editorial review" like any page
(issue #11, point 5).
"""

from __future__ import annotations

import re

import pytest

from rostra.news import builders
from rostra.news.models import ArticlePage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fast_passwords"),
]

ENGLISH = {
    "title": "Congress opens in Geneva",
    "lead": "Delegates from forty countries met on Monday.",
    "place": "Geneva",
}
CHINESE = {
    "Congress opens in Geneva": "日内瓦代表大会开幕",
    "Delegates from forty countries met on Monday.": "来自四十个国家的代表于星期一会面。",
    "Geneva": "日内瓦",
}


@pytest.fixture
def translator(db, django_user_model):
    from django.contrib.auth.models import Group

    from rostra.news.editorial import EDITORS

    user = django_user_model.objects.create_user(
        username="translator",
        password="pass-translator",
        first_name="Lin",
        last_name="Wen",
        email="translator@example.org",
    )
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def chinese_draft(make_article, chief_editor):
    """A published English article and its Chinese translation, just started by the chief
    editor ("Translate this page"): a draft whose texts are still the English ones."""
    from wagtail.models import Locale
    from wagtail_localize.operations import TranslationCreator

    zh = Locale.objects.get(language_code="zh-hans")
    meetings = builders.category("en", "meetings", "Meetings")
    chinese_meetings = meetings.copy_for_translation(zh)
    chinese_meetings.name = "会议"
    chinese_meetings.save()
    article = make_article("en", category=meetings, **ENGLISH)
    # The category has its Chinese translation already: only the article is translated.
    TranslationCreator(chief_editor, [zh]).create_translations(
        article, include_related_objects=False
    )
    draft = article.get_translation(zh)
    assert not draft.live  # a new translation of a live page starts as a draft
    return article, draft


def test_it_translates_an_article_through_review_to_readers(
    visit, translator, chief_editor, chinese_draft
):
    _article, draft = chinese_draft
    _translate_and_submit(visit, draft)
    _approve_on_a_phone_in_russian(visit, chief_editor, draft)
    _read_in_chinese(visit, draft)


def _translate_and_submit(visit, draft):
    from wagtail.models import WorkflowState

    v = visit("translator", "desktop", "en")
    v.login("translator")
    page = v.page
    page.goto(f"{v.base}/admin/pages/{draft.pk}/edit/")
    bar = page.locator("#rostra-translation-review")
    submit = bar.get_by_role("button", name="Submit for review")
    assert submit.is_visible()
    # The bar sits under the language header, above the texts to translate.
    assert bar.bounding_box()["y"] < page.locator(".js-translation-editor").bounding_box()["y"]
    v.shot("translation-editor")
    for source, chinese in CHINESE.items():
        segment = page.locator("li.incomplete").filter(has=page.get_by_text(source, exact=True))
        segment.get_by_role("button", name="Translate").click()
        page.locator("li textarea").first.fill(chinese)
        page.locator("li textarea").first.press("Enter")
        page.locator("li.complete", has_text=chinese).first.wait_for()
    v.shot("translated")
    # Readers get nothing in Chinese yet: the translation has not been reviewed.
    assert v.context.request.get(f"{v.base}{draft.url}").status == 404

    submit.click()
    page.locator(".messages").wait_for()
    assert "submitted for review" in page.locator(".messages").inner_text()
    assert "Awaiting review" in page.locator("#rostra-translation-review").inner_text()
    v.shot("submitted")
    state = WorkflowState.objects.get(object_id=str(draft.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    stored = ArticlePage.objects.get(pk=draft.pk)
    assert not stored.live
    assert stored.get_latest_revision_as_object().title == "日内瓦代表大会开幕"
    assert v.errors == []


def _approve_on_a_phone_in_russian(visit, chief_editor, draft):
    from wagtail.models import WorkflowState
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(chief_editor)
    profile.preferred_language = "ru"
    profile.save()
    v = visit("translator", "phone", "ru")
    v.login("chief")
    page = v.page
    page.goto(f"{v.base}/admin/pages/{draft.pk}/edit/")
    bar = page.locator("#rostra-translation-review")
    assert "Ожидает проверки" in bar.inner_text()
    v.shot("review")
    bar.get_by_role("button", name="Утвердить и опубликовать").click()
    page.locator(".messages").wait_for()
    assert "опубликован" in page.locator(".messages").inner_text()
    v.shot("approved")
    stored = ArticlePage.objects.get(pk=draft.pk)
    assert stored.live and not stored.has_unpublished_changes
    assert stored.title == "日内瓦代表大会开幕"
    assert stored.category.name == "会议"
    state = WorkflowState.objects.get(object_id=str(draft.pk))
    assert state.status == WorkflowState.STATUS_APPROVED
    assert v.errors == []


def _read_in_chinese(visit, draft):
    stored = ArticlePage.objects.get(pk=draft.pk)
    for size in ("desktop", "phone"):
        v = visit("translator", size, "zh-hans")
        page = v.page
        v.goto(stored.url)
        assert page.locator("main h1").inner_text() == "日内瓦代表大会开幕"
        assert "来自四十个国家的代表于星期一会面。" in page.locator("main").inner_text()
        assert re.match(r"zh", page.locator("html").get_attribute("lang"))
        v.shot("article")
        v.assert_accessible()
        assert v.errors == [] and v.outside == []
