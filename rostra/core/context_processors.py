from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict[str, Any]:
    """Site-wide names every template may use; the navigation comes from the apps that own it."""
    from rostra.core.nav import navigation

    return {"SITE_NAME": site_name(request), "nav": navigation(request)}


def site_name(request: HttpRequest | None) -> str:
    """The Wagtail site's name (editable in the admin), else ROSTRA_SITE_NAME."""
    from rostra.core.routing import find_site

    wagtail_site = find_site(request) if request is not None else None
    return (wagtail_site.site_name if wagtail_site else "") or settings.WAGTAIL_SITE_NAME
