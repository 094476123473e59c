"""Old addresses answer 301 with their new page.

Looked up only when Rostra itself found nothing (a 404): the pages served every second pay
nothing for the redirect table. Placed inside Django's LocaleMiddleware, so an old address
without a language prefix is redirected here before LocaleMiddleware adds one.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect

from rostra.archive.models import OldAddress


def redirect_for(request: HttpRequest) -> HttpResponse | None:
    if request.method not in ("GET", "HEAD"):
        return None
    path = request.path_info
    if "\x00" in path or "\x00" in request.META.get("QUERY_STRING", ""):
        return None  # no old address holds a NUL (and PostgreSQL refuses one in a query)
    if len(path) > 1:
        path = path.rstrip("/")
    query = request.META.get("QUERY_STRING", "")
    candidates = [f"{path}?{query}", path] if query else [path]
    found = {
        address.path: address
        for address in OldAddress.objects.filter(path__in=candidates, page__live=True)
        .select_related("page")
        .only("path", "route", "page__url_path", "page__locale_id", "page__live")
    }
    address = next((found[c] for c in candidates if c in found), None)
    if address is None:
        return None
    url = address.page.get_url(request)
    if url is None:
        return None
    return HttpResponsePermanentRedirect(url + address.route)


class OldAddressMiddleware:
    """Sync only: the pooled ASGI handler (rostra.core.asgi) runs the chain in sync mode."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code == 404:
            return redirect_for(request) or response
        return response
