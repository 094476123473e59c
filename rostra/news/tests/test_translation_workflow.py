"""Editors translate an article from the admin and later sync the source's changes."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from rostra.news.models import ArticlePage


def _translate_string(client, translation: Translation, source_text: str, value: str) -> None:
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse(
        "wagtail_localize:edit_string_translation",
        args=[translation.id, segment.id],
    )
    response = client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content


@pytest.mark.django_db
def test_it_translates_from_the_admin_and_syncs_later_changes(
    client, chief_editor, make_article, django_capture_on_commit_callbacks
):
    # wagtail-localize publishes after commit; run those callbacks as a real request would.
    ru = Locale.objects.get(language_code="ru")
    article = make_article(
        "en",
        title="Congress opens in Geneva",
        lead="Delegates from twelve countries met.",
        owner=chief_editor,
    )
    client.force_login(chief_editor)

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[article.id]),
        {"locales": [ru.id]},
    )
    assert response.status_code == 302
    draft = article.get_translation(ru)
    assert not draft.live

    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale=ru
    )
    _translate_string(client, translation, "Congress opens in Geneva", "Конгресс открылся в Женеве")
    _translate_string(
        client,
        translation,
        "Delegates from twelve countries met.",
        "Собрались делегаты из двенадцати стран.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=chief_editor, publish=True)
    russian = ArticlePage.objects.get(pk=draft.pk)
    assert russian.live
    assert client.get(russian.url).content.decode().count("Конгресс открылся в Женеве") >= 1

    # The source changes: a new lead. Syncing brings it over, keeping the translated title.
    source = ArticlePage.objects.get(pk=article.pk)
    source.lead = "Delegates from fourteen countries met."
    source.save_revision(user=chief_editor).publish(user=chief_editor)
    translation_source = TranslationSource.objects.get(object_id=article.translation_key)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[translation_source.id]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302

    russian = ArticlePage.objects.get(pk=draft.pk)
    assert russian.title == "Конгресс открылся в Женеве"
    # Not translated yet: the reader sees the source's new text until a translator does.
    assert russian.lead == "Delegates from fourteen countries met."

    translation.refresh_from_db()
    _translate_string(
        client,
        translation,
        "Delegates from fourteen countries met.",
        "Собрались делегаты из четырнадцати стран.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=chief_editor, publish=True)
    assert ArticlePage.objects.get(pk=draft.pk).lead == "Собрались делегаты из четырнадцати стран."
