"""The news articles of the site search (rostra.core.search.site).

On Rostra's SQLite and PostgreSQL backends the index ranks title matches first and pages
(rostra.core.search.ranked): a results page loads its own ten articles, in one query with
what their cards show. On another backend (OpenSearch) its own ranking is used for the first
MAX_HITS matches.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from wagtail.models import Locale

from rostra.core.images import prefetch_renditions
from rostra.core.search import site
from rostra.core.search.ranked import ranked_search
from rostra.news.models import ArticlePage
from rostra.news.renditions import RENDITION_SPECS


def _hit(page: ArticlePage, rank: int, order: int) -> site.Hit:
    return site.Hit(
        kind=_("News"),
        title=page.title,
        url=page.url,
        rank=rank,
        order=order,
        summary=page.lead,
        date=page.date,
        article=page,
    )


class Articles:
    """A site.Source over the ranked index search: counts per rank, pages loaded by key."""

    def __init__(self, ranked: Any) -> None:
        self.ranked = ranked

    def count(self, rank: int) -> int:
        return int(self.ranked.count(rank))

    def hits(self, rank: int, start: int, stop: int) -> list[site.Hit]:
        ids = self.ranked.ids(rank, start, stop)
        # A card's photo comes with its page, and all their renditions in one more query.
        pages = ArticlePage.objects.select_related("lead_image").in_bulk(ids)
        prefetch_renditions([p.lead_image for p in pages.values()], RENDITION_SPECS["card"])
        return [_hit(pages[pk], rank, start + n) for n, pk in enumerate(ids) if pk in pages]


@site.register(0)
def articles(query: str, language: str) -> list[site.Hit] | Articles:
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return []
    pages = ArticlePage.objects.live().public().filter(locale=locale)
    ranked = ranked_search(pages, query, language, site.MAX_HITS)
    if ranked is not None:
        return Articles(ranked)
    terms = site.backend_query(query, language)
    if not terms:
        return []
    found = list(pages.search(terms, operator="and")[: site.MAX_HITS])
    return [
        _hit(page, 0 if site.rank(query, language, page.title) == 0 else 1, order)
        for order, page in enumerate(found)
    ]
