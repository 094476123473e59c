"""The demo has many articles, real translations of the same pages, and subsets of languages."""

from collections import defaultdict

import pytest

from rostra.news.models import ArticlePage

pytestmark = pytest.mark.django_db
LANGUAGES = {"en", "ru", "zh-hans", "de"}


def _groups() -> dict:
    groups = defaultdict(set)
    for key, language in ArticlePage.objects.live().values_list(
        "translation_key", "locale__language_code"
    ):
        groups[key].add(language)
    return groups


def test_it_has_at_least_forty_articles(demo_site):
    assert ArticlePage.objects.live().count() >= 40


def test_it_has_at_least_ten_stories_in_all_four_languages(demo_site):
    assert sum(1 for languages in _groups().values() if languages == LANGUAGES) >= 10


def test_it_has_stories_in_only_some_languages(demo_site):
    subsets = {frozenset(languages) for languages in _groups().values()}
    assert {frozenset({"zh-hans"}), frozenset({"de"}), frozenset({"en", "ru"})} <= subsets


def test_it_features_three_or_four_articles_in_each_language(demo_site):
    for language in LANGUAGES:
        featured = ArticlePage.objects.live().filter(featured=True, locale__language_code=language)
        assert 3 <= featured.count() <= 4, language


def test_it_spreads_the_articles_over_more_than_a_year(demo_site):
    months = ArticlePage.objects.filter(locale__language_code="en").dates("date", "month")
    assert len(months) >= 12


def test_it_gives_each_article_a_dateline_an_editor_tags_and_views(demo_site):
    for article in ArticlePage.objects.live():
        assert article.place and article.source, article
        assert article.added_by and " " in article.added_by, article
        assert article.tags.exists(), article
        assert article.category.locale_id == article.locale_id, article
        assert article.view_count > 0, article
