"""What the news app contributes to the site navigation, and when it must be rebuilt."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale
from wagtail.signals import page_published, page_unpublished, post_page_move

from rostra.core import nav
from rostra.news.models import Category, HomePage, NewsIndexPage


@nav.register
def news_navigation(language: str) -> dict:
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return {}
    home = HomePage.objects.live().filter(locale=locale).first()
    index = NewsIndexPage.objects.live().filter(locale=locale).first()
    categories = []
    if index is not None:
        base = index.url
        used = index.articles().values("category")
        categories = [
            {"name": c.name, "url": f"{base}category/{c.slug}/"}
            for c in Category.objects.filter(locale=locale, pk__in=used)
        ]
    return {
        "home_url": home.url if home else f"/{language}/",
        "news_url": index.url if index else None,
        "news_title": index.title if index else None,
        "categories": categories,
    }


for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(nav.invalidate, dispatch_uid=f"rostra-nav-{signal!r}")
for model in (Category,):
    post_save.connect(nav.invalidate, sender=model, dispatch_uid="rostra-nav-category-save")
    post_delete.connect(nav.invalidate, sender=model, dispatch_uid="rostra-nav-category-del")
