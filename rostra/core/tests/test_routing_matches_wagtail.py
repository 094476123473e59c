"""Rostra's one-query routing (core.routing) answers every path as Wagtail's own routing does.

core.routing re-implements Wagtail's site lookup and page-tree walk for speed. This test walks
the whole demo site, in every language, and asks both for each page, each of its sub-routes and
paths that name nothing: a Wagtail upgrade that changes its routing makes this test fail
instead of letting the two drift apart silently.
"""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site

from rostra.core import routing

pytestmark = pytest.mark.django_db


def _answer(result) -> tuple | None:
    """What a route result means: the page, the view it leads to and its arguments."""
    if result is None:
        return None
    page, args, kwargs = result
    view = args[0] if args else None
    view_name = getattr(view, "__name__", repr(view))
    return (page.pk, view_name, tuple(args[1:]), tuple(sorted((kwargs or {}).items())))


def _paths_of(page: Page, root_path: str, extra: list[str]) -> list[str]:
    base = page.url_path[len(root_path) :]
    paths = [base, base + "no-such-page/", base + "a/b/c/"]
    if page.specific_class.__name__ == "ArticlePage":
        paths += [base + "photos/", base + "photos/1/", base + "photos/999/"]
    if page.specific_class.__name__ == "NewsIndexPage":
        paths += [base + suffix for suffix in extra]
    return paths


def test_it_routes_every_demo_path_as_wagtail_does():
    call_command("load_demo", verbosity=0)
    from rostra.news.models import ArticlePage, Category

    site = Site.objects.get(is_default_site=True)
    factory = RequestFactory()
    roots = routing.site_root_paths(site)
    assert len(roots) >= 4, roots
    compared = found = 0
    for language, root_path in roots.items():
        with translation.override(language):
            categories = Category.objects.filter(locale__language_code=language)
            article = ArticlePage.objects.live().filter(locale__language_code=language).first()
            extra = [f"category/{c.slug}/" for c in categories] + [
                "feed/rss/",
                "feed/atom/",
                "category/no-such-category/",
            ]
            if article is not None:
                extra += [f"tag/{t.slug}/" for t in article.tags.all()]
                extra.append(f"archive/{article.date:%Y}/{article.date.month}/")
            pages = Page.objects.live().filter(url_path__startswith=root_path)
            for page in pages:
                for path in _paths_of(page, root_path, extra):
                    ours = routing.find_route(factory.get(f"/{language}/{path}"), path)
                    theirs = Page.route_for_request(factory.get(f"/{language}/{path}"), path)
                    assert _answer(ours) == _answer(theirs), (language, path)
                    compared += 1
                    found += ours is not None
    # The whole demo: every language's pages, their sub-routes and paths that name nothing.
    assert compared > 300
    assert found > 150, found  # most of them real pages, not only misses
