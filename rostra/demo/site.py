"""The site's frame: the translated home and news pages, their introductions, the site name."""

from __future__ import annotations

from wagtail.models import Site

from rostra.demo.content.association import (
    HOME_INTRO,
    LANGUAGES,
    NEWS_INTRO,
    SITE_NAME,
    TREE,
)
from rostra.news import builders
from rostra.news.models import NewsIndexPage


def _set_intro(page, intro: str) -> bool:
    """Publish `intro` on `page` unless it already says that; True if it changed."""
    page = page.specific
    if page.intro == intro:
        return False
    page.intro = intro
    page.save_revision().publish(skip_permission_checks=True)
    return True


def ensure_site() -> tuple[dict[str, NewsIndexPage], int]:
    """{language: news index}; and how many pages or settings were created or changed."""
    changes = 0
    indexes = {}
    for language in LANGUAGES:
        if language == "en":
            indexes[language] = NewsIndexPage.objects.get(locale__language_code="en")
            continue
        home_title, news_title, news_slug = TREE[language]
        before = NewsIndexPage.objects.filter(locale__language_code=language).exists()
        indexes[language] = builders.locale_tree(
            language, home_title=home_title, news_title=news_title, news_slug=news_slug
        )
        changes += 0 if before else 1
    for language, index in indexes.items():
        changes += _set_intro(index.get_parent(), HOME_INTRO[language])
        changes += _set_intro(index, NEWS_INTRO[language])
        indexes[language] = NewsIndexPage.objects.get(pk=index.pk)

    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and site.site_name != SITE_NAME:
        site.site_name = SITE_NAME
        site.save()
        Site.clear_site_root_paths_cache()
        changes += 1
    return indexes, changes
