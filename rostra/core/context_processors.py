from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict:
    """Site-wide names every template may use; the navigation comes from the apps that own it."""
    from rostra.core.nav import navigation

    return {"SITE_NAME": settings.WAGTAIL_SITE_NAME, "nav": navigation(request)}
