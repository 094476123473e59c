from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


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
