"""Making news pages in code rather than in the admin: the language trees that the archive
importer fills and the articles that event reports start from (the demo and the tests use
them too, through rostra.news.builders)."""

from __future__ import annotations

import datetime

from django.utils import timezone
from wagtail.models import Locale

from rostra.news.models import ArticlePage, Category, HomePage, NewsIndexPage


def english_home() -> HomePage:
    return HomePage.objects.get(locale__language_code="en")


def locale_tree(
    language: str,
    home_title: str | None = None,
    news_title: str | None = None,
    news_slug: str | None = None,
) -> NewsIndexPage:
    """The news index of `language`, creating the translated home and news pages if needed."""
    locale = Locale.objects.get(language_code=language)
    source_home = english_home()
    home = source_home.get_translation_or_none(locale)
    if home is None:
        home = source_home.copy_for_translation(locale)
        if home_title:
            home.title = home.draft_title = home_title
        home.save_revision().publish()
    source_index = NewsIndexPage.objects.get(locale=source_home.locale)
    index = source_index.get_translation_or_none(locale)
    if index is None:
        index = source_index.copy_for_translation(locale)
        if news_title:
            index.title = index.draft_title = news_title
        if news_slug:
            index.slug = news_slug
        index.save_revision().publish()
    return NewsIndexPage.objects.get(pk=index.pk)


def create_article(
    index: NewsIndexPage,
    *,
    title: str,
    slug: str | None = None,
    date: datetime.date | None = None,
    place: str = "",
    source: str = "",
    lead: str = "",
    body: list | None = None,
    lead_image=None,
    gallery: list[tuple] | None = None,
    tags: list[str] | None = None,
    category: Category | None = None,
    owner=None,
    featured: bool = False,
    publish: bool = True,
    translation_of: ArticlePage | None = None,
) -> ArticlePage:
    """An article under `index`; `gallery` is a list of (image, caption). `translation_of`:
    the article (in another language) this one translates; they share a translation key."""
    article = ArticlePage(
        title=title,
        slug=slug or "",
        date=date or timezone.localdate(),
        place=place,
        source=source,
        lead=lead,
        body=body or [],
        lead_image=lead_image,
        category=category,
        owner=owner,
        featured=featured,
        locale=index.locale,
        live=False,
    )
    if translation_of is not None:
        article.translation_key = translation_of.translation_key
    index.add_child(instance=article)
    for position, (image, caption) in enumerate(gallery or []):
        # The admin's inline panel numbers the photos; code must too, or their order is
        # whatever the database returns.
        article.gallery_images.create(
            image=image, caption=caption, locale=index.locale, sort_order=position
        )
    if tags:
        article.tags.add(*tags)
    revision = article.save_revision(user=owner)
    if publish:
        revision.publish(user=owner, skip_permission_checks=True)
    return ArticlePage.objects.get(pk=article.pk)
