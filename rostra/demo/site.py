"""The site's frame: the translated home and news pages, their introductions, the site name."""

from __future__ import annotations

from wagtail.models import Locale, Site

from rostra.demo.content import association, configured_languages, in_language
from rostra.demo.content.types import Tree
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
    """{language: news index} for every configured language; and how many pages or settings
    were created or changed. A language the data has no words for gets the English ones."""
    site_data = association()
    changes = 0
    indexes = {}
    known = set(Locale.objects.values_list("language_code", flat=True))
    for language in configured_languages():
        if language == "en":
            indexes[language] = NewsIndexPage.objects.get(locale__language_code="en")
            continue
        if language not in known:
            continue
        # A language without words here keeps the English titles and slug of the copies.
        tree = site_data.tree.get(language) or Tree("", "", "")
        before = NewsIndexPage.objects.filter(locale__language_code=language).exists()
        indexes[language] = builders.locale_tree(
            language,
            home_title=tree.home_title or None,
            news_title=tree.news_title or None,
            news_slug=tree.news_slug or None,
        )
        changes += 0 if before else 1
    for language, index in indexes.items():
        changes += _set_intro(index.get_parent(), in_language(site_data.home_intro, language))
        changes += _set_intro(index, in_language(site_data.news_intro, language))
        indexes[language] = NewsIndexPage.objects.get(pk=index.pk)

    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and site.site_name != site_data.site_name:
        site.site_name = site_data.site_name
        site.save()
        Site.clear_site_root_paths_cache()
        changes += 1
    return indexes, changes
