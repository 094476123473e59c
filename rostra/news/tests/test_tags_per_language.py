"""A page's tags belong to its language: a translation gets its language's tags, tag pages and
tag feeds list one language's articles."""

from __future__ import annotations

import feedparser
import pytest
from wagtail.models import Locale

from rostra.news.models import ArticlePage, Tag, in_locale

pytestmark = pytest.mark.django_db


def test_it_creates_a_pages_tags_in_its_language(make_article):
    en = make_article("en", title="Volunteers", tags=["volunteers"])
    ru = make_article("ru", title="Добровольцы", tags=["добровольцы"])
    assert [(t.name, t.locale.language_code) for t in en.tags.all()] == [("volunteers", "en")]
    assert [(t.name, t.locale.language_code) for t in ru.tags.all()] == [("добровольцы", "ru")]


def test_it_gives_a_translation_the_translation_of_each_tag(make_article, news_indexes):
    source = make_article("en", title="Volunteers in Kazan", tags=["volunteers", "Kazan"])
    english = {t.name: t for t in source.tags.all()}
    russian = Locale.objects.get(language_code="ru")
    # The tag "volunteers" has been translated already; "Kazan" not yet.
    known = in_locale(english["volunteers"], russian.pk)
    known.name, known.slug = "добровольцы", "добровольцы"
    known.save()

    page = source.copy_for_translation(russian)
    page.save_revision().publish()
    page = ArticlePage.objects.get(pk=page.pk)

    tags = {t.name: t for t in page.tags.all()}
    assert set(tags) == {"добровольцы", "Kazan"}
    assert {t.locale_id for t in tags.values()} == {russian.pk}
    assert tags["Kazan"].translation_key == english["Kazan"].translation_key
    # The English page keeps its English tags.
    assert {t.name for t in ArticlePage.objects.get(pk=source.pk).tags.all()} == {
        "volunteers",
        "Kazan",
    }


def test_it_lists_one_languages_articles_on_a_tag_page_and_feed(client, make_article):
    make_article("en", title="Berlin meeting", tags=["Berlin"])
    make_article("de", title="Treffen in Berlin", tags=["Berlin"])
    en_tag = Tag.objects.get(locale__language_code="en", name="Berlin")
    de_tag = Tag.objects.get(locale__language_code="de", name="Berlin")
    assert en_tag.pk != de_tag.pk

    en_page = client.get(f"/en/news/tag/{en_tag.slug}/")
    assert en_page.status_code == 200
    assert "Berlin meeting" in en_page.content.decode()
    assert "Treffen in Berlin" not in en_page.content.decode()

    de_index = ArticlePage.objects.get(title="Treffen in Berlin").get_parent()
    feed = client.get(f"{de_index.url}tag/{de_tag.slug}/feed/rss/")
    assert feed.status_code == 200
    titles = [entry.title for entry in feedparser.parse(feed.content).entries]
    assert titles == ["Treffen in Berlin"]
    # A slug of another language's tag is not a tag page here.
    ru_tag = make_article("ru", title="Встреча", tags=["встреча"]).tags.get()
    assert client.get(f"/en/news/tag/{ru_tag.slug}/").status_code == 404


def test_it_maps_tags_when_wagtail_localize_translates_and_syncs(
    client, chief_editor, make_article, django_capture_on_commit_callbacks
):
    from django.urls import reverse
    from wagtail_localize.models import Translation, TranslationSource

    ru = Locale.objects.get(language_code="ru")
    article = make_article("en", title="Volunteers", tags=["volunteers"], owner=chief_editor)
    known = in_locale(article.tags.get(), ru.pk)
    known.name, known.slug = "добровольцы", "dobrovoltsy"
    known.save()
    client.force_login(chief_editor)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[article.id]),
        {"locales": [ru.id]},
    )
    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale=ru
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=chief_editor, publish=True)
    russian = article.get_translation(ru)
    assert [(t.name, t.locale_id) for t in russian.tags.all()] == [("добровольцы", ru.pk)]

    # The source gets a new tag; syncing brings over its Russian counterpart.
    source = ArticlePage.objects.get(pk=article.pk)
    source.tags.add("Kazan")
    source.save_revision(user=chief_editor).publish(user=chief_editor)
    translation_source = TranslationSource.objects.get(object_id=article.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:update_translations", args=[translation_source.id]),
            {"publish_translations": "on"},
        )
    russian = ArticlePage.objects.get(pk=russian.pk)
    assert {(t.name, t.locale_id) for t in russian.tags.all()} == {
        ("добровольцы", ru.pk),
        ("Kazan", ru.pk),
    }
    assert {t.locale_id for t in ArticlePage.objects.get(pk=article.pk).tags.all()} == {
        article.locale_id
    }
