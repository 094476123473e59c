"""Published demo pages loaded before addresses were per language (an English report at
/en/news/собрание-…/, a Russian one at /ru/novosti/congress-…/) get their language's slug;
Wagtail's redirects keep the old address working."""

from __future__ import annotations

from django.db.models import Q
from wagtail.coreutils import find_available_slug

from rostra.news.models import ArticlePage
from rostra.news.slugs import language_code, slug_for


def _wrong(page: ArticlePage) -> bool:
    if not page.slug.isascii():
        return True
    return (
        ArticlePage.objects.filter(translation_key=page.translation_key, slug=page.slug)
        .exclude(Q(pk=page.pk) | Q(locale_id=page.locale_id))
        .filter(first_published_at__lt=page.first_published_at)
        .exists()
    )


def ensure_language_slugs() -> int:
    """Give every live article with another script's or another language's slug its own;
    returns how many changed. (The source of a translation keeps its slug.)"""
    changed = 0
    for page in ArticlePage.objects.live().select_related("locale").order_by("pk"):
        if not _wrong(page):
            continue
        base = slug_for(page.title, language_code(page))
        if not base:
            continue
        latest = page.get_latest_revision_as_object()
        latest.slug = find_available_slug(page.get_parent(), base, ignore_page_id=page.pk)
        # Publishing the new slug fires page_slug_changed: Wagtail adds the redirect.
        latest.save_revision(user=page.owner, clean=False).publish(
            user=page.owner, skip_permission_checks=True
        )
        changed += 1
    return changed
