"""Marks the Django responses that the page cache in front of Django may keep (pagecache.py)."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from rostra.readers import nginx, pagecache


class PageCacheMarkMiddleware:
    """Adds the private header that tells the ASGI page cache a response may be shared.

    Only anonymous GET/HEAD requests without session or CSRF cookie, answered 200 by a Wagtail
    page, that set no cookie, did not use the CSRF token and are not previews. Everything else
    (the admin, signed-in readers, forms with a CSRF token, search) is never stored.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (view := getattr(request, "readers_view", None)) is not None:
            response.headers[nginx.VIEW_HEADER] = str(view)  # nginx logs it (viewlog.py)
        if settings.ROSTRA_PAGE_CACHE and pagecache.is_shareable(request, response):
            response.headers[pagecache.MARK_HEADER] = "1"
            if page := getattr(request, "readers_page", None):
                pagecache.mark_page(response, page[0], count=page[1])
            if stamp := getattr(request, "readers_form_stamp", None):
                response.headers[pagecache.STAMP_HEADER] = stamp
        return response
