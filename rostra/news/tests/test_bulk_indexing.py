"""Articles built with indexing deferred and then indexed in bulk (`index_in_bulk`) are in the
search index exactly as publishing puts them there, word for word: the search bench
(bench/search.py) builds its 20,000 articles that way."""

import datetime

import pytest
from modelsearch.conf import get_app_config

from rostra.demo import indexing
from rostra.news import builders
from rostra.news.models import ArticlePage

pytestmark = pytest.mark.django_db

STORY = {
    "en": ("Congress of the chapters", "Delegates met.", "The congresses of friendship."),
    "ru": ("Конгресс отделений", "Делегаты встретились.", "На конгрессе дружбы выступили."),
    "zh-hans": ("分会大会", "代表们见面了。", "我们的代表团在北京举行了友好会谈。"),
    "de": ("Kongress der Ortsgruppen", "Delegierte trafen sich.", "Auf dem Kongresses sprachen"),
}


def _story(indexes: dict, owner, prefix: str) -> list[ArticlePage]:
    """The story in four languages, as an editor writes it: the English article and its three
    translations, each with a place and tags, published."""
    pages: list[ArticlePage] = []
    for language, (title, lead, body) in STORY.items():
        pages.append(
            builders.create_article(
                indexes[language],
                title=title,
                slug=f"{prefix}-{language}",
                date=datetime.date(2026, 7, 22),
                lead=lead,
                body=[("paragraph", f"<p>{body}</p>")],
                place={"zh-hans": "北京"}.get(language, "Wien"),
                tags=[title.split()[0], "solidarity"],
                owner=owner,
                translation_of=pages[0] if pages else None,
            )
        )
    return pages


def _rows(pages: list[ArticlePage]) -> list[tuple]:
    entries = {
        entry.object_id: entry
        for entry in get_app_config()
        .get_model("IndexEntry")
        .objects.filter(object_id__in=[str(page.pk) for page in pages])
    }
    return [
        (e.content_type_id, str(e.title), str(e.autocomplete), str(e.body))
        for e in (entries.get(str(page.pk)) for page in pages)
        if e is not None
    ]


def test_it_indexes_articles_built_in_bulk_as_publishing_does(news_indexes, editor, client):
    published = _story(news_indexes, editor, "published")
    with indexing.deferred():
        built = _story(news_indexes, editor, "built")
    assert _rows(built) == []  # nothing indexed while deferred

    assert indexing.index_in_bulk(ArticlePage, [p.pk for p in built], prefetch=["tags"]) == 4

    assert _rows(built) == _rows(published)
    assert len(_rows(published)) == 4
    assert all(page.live and page.live_revision_id for page in built)
    # Translations of one another, as the editor's translations are.
    assert {page.translation_key for page in built} == {built[0].translation_key}
    assert built[0].get_translation(built[1].locale).pk == built[1].pk
    found = client.get("/ru/search/", {"q": "конгресса"}).context["page_obj"].object_list
    assert {hit.url for hit in found} == {built[1].url, published[1].url}
