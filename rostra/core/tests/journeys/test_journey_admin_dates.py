"""The dates a browser writes in the admin: a chief editor whose admin is in Russian, Chinese or
German, in a browser set to English (as most testers' are), reads no date the English way on
the dashboard, in the page listing, in a page's history, beside the page comments (written by
Wagtail's script) or under the texts of wagtail-localize's translation editor.

Screenshots: test-artifacts/journey-admin-dates-<language>-<step>-desktop-en.png.
"""

from __future__ import annotations

import pytest

from rostra.core.tests.english_dates import english_dates

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fast_passwords"),
]

# Everything a person reads on the page: its text and the tooltips of its dates.
SEEN = """() => [document.body.innerText].concat(
    Array.from(document.querySelectorAll('[data-w-tooltip-content-value], [title]'),
        (el) => el.getAttribute('data-w-tooltip-content-value') || el.getAttribute('title'))
).join('\\n')"""


@pytest.fixture
def pages(make_article, chief_editor):
    """An English article with a comment of the chief editor's, and its translation into each
    language with its title translated by hand in wagtail-localize's editor."""
    from wagtail.models import Comment, Locale
    from wagtail_localize.models import StringSegment, StringTranslation, Translation
    from wagtail_localize.operations import TranslationCreator

    article = make_article("en", title="Congress opens in Geneva", lead="Delegates met.")
    Comment.objects.create(
        page=article, user=chief_editor, text="Check the hall's name", contentpath="title"
    )
    locales = list(Locale.objects.exclude(language_code="en"))
    TranslationCreator(chief_editor, locales).create_translations(
        article, include_related_objects=False
    )
    drafts = {}
    for locale in locales:
        translation = Translation.objects.get(
            target_locale=locale, source__object_id=article.translation_key
        )
        segment = StringSegment.objects.get(
            source=translation.source, string__data="Congress opens in Geneva"
        )
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=f"Congress ({locale.language_code})",
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            last_translated_by=chief_editor,
        )
        drafts[locale.language_code] = article.get_translation(locale)
    return article, drafts


def test_it_writes_dates_in_the_admin_language_in_an_english_browser(visit, chief_editor, pages):
    from wagtail.users.models import UserProfile

    article, drafts = pages
    seen = {}
    # One test for the three languages: the pages are made once (a browser test's database
    # is emptied after each test).
    for language in ("ru", "zh-hans", "de"):
        profile = UserProfile.get_for_user(chief_editor)
        profile.preferred_language = language
        profile.save()
        v = visit(f"admin-dates-{language}", "desktop", "en")  # an English browser
        v.login("chief")
        paths = {
            "dashboard": "/admin/",
            "listing": f"/admin/pages/{article.get_parent().pk}/",
            "history": f"/admin/pages/{article.pk}/history/",
            "comments": f"/admin/pages/{article.pk}/edit/",
            "translation-editor": f"/admin/pages/{drafts[language].pk}/edit/",
        }
        for step, path in paths.items():
            v.goto(path)
            v.page.wait_for_load_state("networkidle")
            if step == "comments":  # Wagtail's script writes the comments' dates
                v.page.locator('[data-side-panel-toggle="comments"]').click()
                v.page.locator(".comment-header__date").first.wait_for()
            if step == "translation-editor":  # wagtail-localize's script writes the texts
                v.page.get_by_text(f"Congress ({language})").first.wait_for()
            v.shot(step)
            seen[(language, step)] = english_dates(v.page.evaluate(SEEN))
        assert v.errors == []
    assert seen == {key: [] for key in seen}
