"""Each language's page has its own ASCII address: Russian transliterated, Chinese in pinyin,
German umlauts spelt out; translations and drafts get one from their own title, editors keep
the one they type, and a published page's old address redirects when its slug changes."""

from __future__ import annotations

import pytest

from rostra.news import builders
from rostra.news.models import ArticlePage
from rostra.news.slugs import slug_for


@pytest.mark.parametrize(
    ("title", "language", "slug"),
    [
        (
            "Congress on the 75th anniversary of the association",
            "en",
            "congress-on-the-75th-anniversary-of-the-association",
        ),
        ("Собрание отделения в России", "ru", "sobraniye-otdeleniya-v-rossii"),
        ("Вечер ветеранов в Казани", "ru", "vecher-veteranov-v-kazani"),
        ("重阳节看望老人", "zh-hans", "chong-yang-jie-kan-wang-lao-ren"),
        ("2026年成都摄影展", "zh-hans", "2026-nian-cheng-du-she-ying-zhan"),
        ("Großer Saal: Übersetzer und Schüler", "de", "grosser-saal-uebersetzer-und-schueler"),
        ("¿Qué pasó en Génova?", "es", "que-paso-en-genova"),
    ],
)
def test_it_writes_each_language_in_ascii(title, language, slug):
    assert slug_for(title, language) == slug


def test_it_cuts_a_long_title_at_a_word():
    slug = slug_for("Очень длинный заголовок " * 10, "ru")
    assert len(slug) <= 80 and not slug.endswith("-") and slug.isascii()


@pytest.mark.django_db
def test_a_draft_gets_its_languages_slug_from_its_title(news_indexes):
    chinese = builders.create_article(
        news_indexes["zh-hans"], title="重阳节看望老人", publish=False
    )
    russian = builders.create_article(news_indexes["ru"], title="Собрание отделения", publish=False)
    assert chinese.slug == "chong-yang-jie-kan-wang-lao-ren"
    assert russian.slug == "sobraniye-otdeleniya"
    # The same title twice under one index: the second gets a number, not an error.
    again = builders.create_article(news_indexes["ru"], title="Собрание отделения", publish=False)
    assert again.slug == "sobraniye-otdeleniya-1"


@pytest.mark.django_db
def test_a_translation_gets_its_own_slug_not_the_sources(make_article):
    english = make_article("en", title="Chapter meeting in Kazan")
    assert english.slug == "chapter-meeting-in-kazan"
    russian = builders.translate_article(english, "ru", title="Собрание отделения в Казани")
    chinese = builders.translate_article(english, "zh-hans", title="喀山分会会议")
    assert russian.slug == "sobraniye-otdeleniya-v-kazani"
    assert chinese.slug == "ka-shan-fen-hui-hui-yi"
    assert russian.url.startswith("/ru/") and russian.url.endswith(
        "/sobraniye-otdeleniya-v-kazani/"
    )


@pytest.mark.django_db
def test_an_editor_keeps_the_slug_they_type(news_indexes, make_article):
    draft = builders.create_article(
        news_indexes["ru"], title="Собрание отделения", slug="sobranie-kazan", publish=False
    )
    assert draft.slug == "sobranie-kazan"
    # One typed in Cyrillic is written in Latin letters (addresses stay ASCII).
    typed = builders.create_article(
        news_indexes["ru"], title="Другое", slug="встреча-в-казани", publish=False
    )
    assert typed.slug == "vstrecha-v-kazani"
    # A published page's slug is never rewritten by the rule.
    english = make_article("en", title="Kept as published")
    english.slug = "my-own-words"
    english.save_revision().publish()
    assert ArticlePage.objects.get(pk=english.pk).slug == "my-own-words"


@pytest.mark.django_db
def test_the_old_address_redirects_after_an_editor_changes_the_slug(
    make_article, client, django_capture_on_commit_callbacks
):
    article = make_article("en", title="Round table in Kazan")
    old_url = article.url
    assert client.get(old_url).status_code == 200
    article = article.get_latest_revision_as_object()
    article.slug = "kazan-round-table"
    # Wagtail adds the redirect once the publication is committed.
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    new_url = ArticlePage.objects.get(pk=article.pk).url
    assert new_url != old_url
    response = client.get(old_url)
    assert response.status_code in (301, 302) and response["Location"].endswith(new_url)
    assert client.get(new_url).status_code == 200
