from __future__ import annotations

import re

from asgiref.sync import iscoroutinefunction, markcoroutinefunction, sync_to_async
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from whitenoise.middleware import WhiteNoiseMiddleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, minus its 404 redirect for paths outside the languages.

    Django turns a 404 at /admin/x into a redirect to /en/admin/x when that path would
    resolve, and our page catch-all resolves every path. The admin, media, documents and
    images live outside the language prefix: their 404s stay 404s.
    """

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if response.status_code == 404 and request.path_info.startswith(
            settings.ROSTRA_UNPREFIXED_PATHS
        ):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    """WhiteNoise that also runs in async mode.

    WhiteNoise's middleware is sync-only. Under ASGI, Django then hops from a worker thread back
    to the event loop for the rest of the (async-capable) middleware and out to a thread again
    for the view: two thread switches on every request, several milliseconds on a small machine.
    Serving a static file still runs in a thread; everything else stays on the event loop.
    """

    sync_capable = True
    async_capable = True

    def __init__(self, get_response=None):
        super().__init__(get_response)
        self._is_async = iscoroutinefunction(get_response)
        if self._is_async:
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest):
        if self._is_async:
            return self.__acall__(request)
        return super().__call__(request)

    async def __acall__(self, request: HttpRequest) -> HttpResponse:
        if self.autorefresh:
            static_file = await sync_to_async(self.find_file)(request.path_info)
        else:
            static_file = self.files.get(request.path_info)
        if static_file is not None:
            return await sync_to_async(self.serve)(static_file, request)
        return await self.get_response(request)


class PageEditLockMiddleware:
    """One form post at a time per page in the admin's page editor.

    Wagtail's edit view reads the page, then saves it: an autosave that read the page before
    a publication was committed saved it back as a draft afterwards (issue #11, point 2).
    Here each POST to a page's edit or workflow-action view holds the page's row lock for the
    whole request, so the second reads what the first wrote.
    """

    _PATH = re.compile(r"^/admin/pages/(\d+)/(edit|workflow/action)/")

    def __init__(self, get_response):
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
