"""A demo site loaded before addresses were per language gets them on the next load, and the
old addresses redirect; the demo's own pages all have ASCII slugs of their language."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from wagtail.models import Locale

from rostra.demo.slugs import ensure_language_slugs
from rostra.news.models import ArticlePage


@pytest.mark.django_db
def test_it_gives_old_pages_their_languages_slug_and_redirects(
    make_article, client, django_capture_on_commit_callbacks
):
    source = make_article("ru", title="Вечер отделения в Порту")
    english = source.copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=False
    )
    english.title = english.draft_title = "A chapter evening in Porto"
    english.save(clean=False)  # as before the rule: the Russian slug kept
    english.slug = "вечер-отделения-в-порту"
    english.save(clean=False)
    english.save_revision(clean=False).publish(skip_permission_checks=True)
    old_url = ArticlePage.objects.get(pk=english.pk).url
    assert "вечер" in unquote(old_url)

    # Wagtail adds the redirect once the publication is committed.
    with django_capture_on_commit_callbacks(execute=True):
        assert ensure_language_slugs() == 1
    assert ensure_language_slugs() == 0
    english = ArticlePage.objects.get(pk=english.pk)
    assert english.slug == "a-chapter-evening-in-porto"
    response = client.get(old_url)
    assert response.status_code in (301, 302) and response["Location"].endswith(english.url)


@pytest.mark.django_db
def test_every_demo_page_has_an_ascii_slug_of_its_own(demo_site):
    for page in ArticlePage.objects.live().select_related("locale"):
        assert page.slug.isascii(), page.url
        others = page.get_translations().values_list("slug", flat=True)
        assert page.slug not in others, page.url
