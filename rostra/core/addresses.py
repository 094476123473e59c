"""Absolute addresses under SITE_URL.

E-mails, feeds, calendars, QR codes, sitemaps and structured data link to the site's public
address (SITE_URL, which `rostra serve` follows when it is not set), never to the host a request
happened to use nor to the Site record's ("localhost").
"""

from __future__ import annotations

from django.conf import settings


def absolute(url: str) -> str:
    """`url` (a path) under SITE_URL; an address that already names its host is kept."""
    if url.startswith(("http://", "https://")):
        return url
    return str(settings.SITE_URL).rstrip("/") + url


def site_host() -> str:
    """SITE_URL's host (with its port): the domain part of calendar entries' UIDs."""
    return str(settings.SITE_URL).split("://", 1)[-1].split("/", 1)[0] or "rostra.local"
