"""sitemap.xml with every live page of every language and its hreflang alternates."""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Q
from wagtail.models import Page, Site

from rostra.core.routing import find_site
from rostra.core.templatetags.rostra_tags import html_lang


class PagesSitemap(Sitemap):
    def __init__(self, request=None):
        self.request = request

    def _site(self) -> Site:
        return find_site(self.request) or Site.objects.get(is_default_site=True)

    def items(self):
        roots = Page.objects.filter(translation_key=self._site().root_page.translation_key)
        in_site = Q()
        for root in roots:
            in_site |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_site)
            .select_related("locale")
            .order_by("path")
            .only(
                "id",
                "path",
                "depth",
                "url_path",
                "translation_key",
                "locale",
                "last_published_at",
                "latest_revision_created_at",
            )
        )

    def get_urls(self, page=1, site=None, protocol=None):
        pages = list(self.items())
        urls_by_key: dict = defaultdict(dict)
        for p in pages:
            # The canonical address: SITE_URL and the page's path, as the page's own
            # <link rel=canonical> gives it.
            parts = p.get_url_parts(self.request)
            url = settings.SITE_URL + parts[2] if parts else None
            if url:
                urls_by_key[p.translation_key][p.locale.language_code] = url
        urls = []
        for p in pages:
            group = urls_by_key[p.translation_key]
            location = group.get(p.locale.language_code)
            if not location:
                continue
            alternates = (
                [{"lang_code": html_lang(code), "location": url} for code, url in group.items()]
                if len(group) > 1
                else []
            )
            if alternates and "en" in group:
                alternates.append({"lang_code": "x-default", "location": group["en"]})
            urls.append(
                {
                    "item": p,
                    "location": location,
                    "lastmod": p.last_published_at or p.latest_revision_created_at,
                    "changefreq": None,
                    "priority": None,
                    "alternates": alternates,
                }
            )
        return urls
