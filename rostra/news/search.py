"""The news articles of the site search (rostra.core.search.site)."""

from __future__ import annotations

from django.utils.translation import gettext as _
from wagtail.models import Locale

from rostra.core.search import site
from rostra.news.models import ArticlePage


@site.register(0)
def articles(query: str, language: str) -> list[site.Hit]:
    terms = site.backend_query(query, language)
    locale = Locale.objects.filter(language_code=language).first()
    if not terms or locale is None:
        return []
    pages = ArticlePage.objects.live().public().filter(locale=locale)
    found = list(pages.search(terms, operator="and")[: site.MAX_HITS])
    hits = []
    for order, page in enumerate(found):
        in_title = site.rank(query, language, page.title) == 0
        hits.append(
            site.Hit(
                kind=_("News"),
                title=page.title,
                url=page.url,
                rank=0 if in_title else 1,
                order=order,
                summary=page.lead,
                date=page.date,
                article=page,
            )
        )
    return hits
