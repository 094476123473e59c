"""Page routing in one query.

Wagtail walks the page tree one level per query (home, news index, article). We look the page
up by its url_path instead: one query finds the deepest live page the path names, and the
page's own `route` handles whatever remains (a routable page's sub-paths). Wagtail's serve view
then does the rest (hooks, privacy, method checks) with the route we found.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

MAX_PATH_COMPONENTS = 12


def _root_path(site: Site, language: str) -> str | None:
    for root in Site.get_site_root_paths():
        if root.site_id == site.pk and root.language_code == language:
            return root.root_path
    return None


def find_route(request: HttpRequest, path: str):
    site = Site.find_for_request(request)
    if site is None:
        return None
    root_path = _root_path(site, translation.get_language())
    if root_path is None:
        return None
    components = [c for c in path.split("/") if c]
    if len(components) > MAX_PATH_COMPONENTS:
        return None
    candidates = [
        root_path + "".join(f"{c}/" for c in components[:depth])
        for depth in range(len(components), -1, -1)
    ]
    page = Page.objects.filter(url_path__in=candidates, live=True).order_by("-depth").first()
    if page is None:
        return None
    consumed = len([c for c in page.url_path[len(root_path) :].split("/") if c])
    try:
        return page.specific.route(request, components[consumed:])
    except Http404:
        return None


def serve(request: HttpRequest, path: str) -> HttpResponse:
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = find_route(request, path)
    return wagtail_views.serve(request, path)
