"""Rostra's own Django middleware. Every one is sync only: the pooled ASGI handler
(rostra.core.asgi) builds the chain in sync mode and runs it, with the view, on one thread."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, minus its 404 redirect for paths outside the languages.

    Django turns a 404 at /admin/x into a redirect to /en/admin/x when that path would
    resolve, and our page catch-all resolves every path. The admin, media, documents and
    images live outside the language prefix: their 404s stay 404s.
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if response.status_code == 404 and request.path_info.startswith(
            settings.ROSTRA_UNPREFIXED_PATHS
        ):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


class PageEditLockMiddleware:
    """One form post at a time per page in the admin's page editor.

    Wagtail's edit view reads the page, then saves it: an autosave that read the page before
    a publication was committed saved it back as a draft afterwards (issue #11, point 2).
    Here each POST to a page's edit or workflow-action view holds the page's row lock for the
    whole request, so the second reads what the first wrote.
    """

    _PATH = re.compile(r"^/admin/pages/(\d+)/(edit|workflow/action)/")

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        match = self._PATH.match(request.path_info) if request.method == "POST" else None
        if match is None:
            return self.get_response(request)
        from django.db import transaction
        from wagtail.models import Page

        with transaction.atomic():
            Page.objects.select_for_update().filter(pk=int(match[1])).exists()
            return self.get_response(request)
