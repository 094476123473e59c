"""A synced translation goes through the editorial review like any page: an editor hands it
in from wagtail-localize's translation editor, a chief editor approves it or asks for changes
there; readers see nothing of it until it is approved (issue #11, point 5)."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.operations import TranslationCreator

from rostra.news.models import ArticlePage
from rostra.news.wagtail_hooks import DECIDE, SUBMIT


def _translate(client, translation: Translation, source_text: str, value: str) -> None:
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
    response = client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content


@pytest.fixture
def russian(make_article, chief_editor, django_capture_on_commit_callbacks):
    """An English article, live, and its Russian translation just started (a draft)."""
    ru = Locale.objects.get(language_code="ru")
    article = make_article("en", title="Congress opens in Geneva", lead="Delegates met.")
    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(chief_editor, [ru]).create_translations(article)
    draft = ArticlePage.objects.get(pk=article.get_translation(ru).pk)
    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale=ru
    )
    return article, draft, translation


@pytest.mark.django_db
def test_it_lets_an_editor_hand_a_translation_in_and_a_chief_editor_approve_it(
    client, editor, chief_editor, russian, html, django_capture_on_commit_callbacks
):
    _article, draft, translation = russian
    assert not draft.live  # not published with the English words
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])

    client.force_login(editor)
    page = html(client.get(edit_url))
    button = page.select_one(f"#rostra-translation-review button[name={SUBMIT}]")
    assert button is not None and button.get_text(strip=True) == "Submit for review"
    _translate(client, translation, "Congress opens in Geneva", "Конгресс открылся в Женеве")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, {SUBMIT: "1"}, follow=True)
    assert "has been submitted for review" in response.content.decode()
    stored = ArticlePage.objects.get(pk=draft.pk)
    assert not stored.live
    assert stored.get_latest_revision_as_object().title == "Конгресс открылся в Женеве"
    assert stored.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    # The editor cannot approve her own hand-in.
    client.post(edit_url, {DECIDE: "approve"})
    assert not ArticlePage.objects.get(pk=draft.pk).live

    client.force_login(chief_editor)
    page = html(client.get(edit_url))
    decisions = [b["value"] for b in page.select(f"#rostra-translation-review [name={DECIDE}]")]
    assert decisions == ["reject", "approve"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, {DECIDE: "approve"}, follow=True)
    assert "is approved and published" in response.content.decode()
    stored = ArticlePage.objects.get(pk=draft.pk)
    assert stored.live and stored.title == "Конгресс открылся в Женеве"
    assert stored.current_workflow_state is None
    client.logout()
    assert "Конгресс открылся в Женеве" in client.get(stored.url).content.decode()


@pytest.mark.django_db
def test_it_keeps_the_live_translation_for_readers_while_a_change_is_reviewed(
    client, editor, chief_editor, russian, django_capture_on_commit_callbacks
):
    _article, draft, translation = russian
    client.force_login(chief_editor)
    _translate(client, translation, "Congress opens in Geneva", "Конгресс открылся")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=chief_editor, publish=True)
    assert ArticlePage.objects.get(pk=draft.pk).live

    client.force_login(editor)
    _translate(client, translation, "Congress opens in Geneva", "Конгресс открылся в Женеве")
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url, {SUBMIT: "1"})
    stored = ArticlePage.objects.get(pk=draft.pk)
    assert stored.title == "Конгресс открылся"  # what readers get, until the approval
    assert stored.has_unpublished_changes
    client.logout()
    body = client.get(stored.url).content.decode()
    assert "Конгресс открылся" in body and "в Женеве" not in body

    # Changes requested, then handed in again.
    client.force_login(chief_editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url, {DECIDE: "reject", "comment": "Say where."})
    state = ArticlePage.objects.get(pk=draft.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    client.force_login(editor)
    response = client.get(edit_url)
    assert "Say where." in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, {SUBMIT: "1"}, follow=True)
    assert "has been submitted again" in response.content.decode()
    state = ArticlePage.objects.get(pk=draft.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


@pytest.mark.django_db
def test_it_refuses_a_hand_in_from_someone_who_cannot_edit(client, outsider, russian):
    _article, draft, _translation = russian
    client.force_login(outsider)
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    response = client.post(edit_url, {SUBMIT: "1"})
    assert response.status_code in (302, 403)
    assert ArticlePage.objects.get(pk=draft.pk).current_workflow_state is None
