"""Page routing in one query.

Wagtail walks the page tree one level per query (home, news index, article). We look the page
up by its url_path instead: one query finds the deepest live page the path names, and the
page's own `route` handles whatever remains (a routable page's sub-paths). Wagtail's serve view
then does the rest (hooks, privacy, method checks) with the route we found.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.db.models.signals import post_delete, post_save
from django.http import Http404, HttpRequest, HttpResponse
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from rostra.core.queries import PreparedQuery

MAX_PATH_COMPONENTS = 12
_SITES_KEY = "rostra:sites"


def _all_sites() -> list[Site]:
    sites: list[Site] | None = cache.get(_SITES_KEY)
    if sites is None:
        sites = list(Site.objects.all())
        cache.set(_SITES_KEY, sites, 300)  # bounded: local caches of other workers
    return sites


def _forget_sites(**_kwargs: object) -> None:
    cache.delete(_SITES_KEY)


post_save.connect(_forget_sites, sender=Site, dispatch_uid="rostra-sites-save")
post_delete.connect(_forget_sites, sender=Site, dispatch_uid="rostra-sites-delete")


def find_site(request: HttpRequest) -> Site | None:
    """Wagtail's site matching (hostname and port, the only site of that hostname, else the
    default site), on a cached list of sites instead of a query per request."""
    if hasattr(request, "_wagtail_site"):
        site: Site | None = request._wagtail_site  # Wagtail's memo (Site.find_for_request)
        return site
    # Django's private reader of the Host header: as Wagtail's matching, without get_host()'s
    # ALLOWED_HOSTS check (Django has made it already).
    hostname = split_domain_port(request._get_raw_host())[0]  # type: ignore[attr-defined]
    try:
        port = int(request.get_port())
    except ValueError:
        port = None
    sites = _all_sites()
    same_host = [s for s in sites if s.hostname == hostname]
    site = next((s for s in same_host if s.port == port), None)
    if site is None and len(same_host) == 1:
        site = same_host[0]
    if site is None:
        site = next((s for s in sites if s.is_default_site), None)
    request._wagtail_site = site  # type: ignore[attr-defined]  # Wagtail's memo, as above
    return site


def site_root_paths(site: Site | None) -> dict[str, str]:
    """{language code: url_path of the site's root page in that language} (cached by Wagtail)."""
    if site is None:
        return {}
    return {
        root.language_code: root.root_path
        for root in Site.get_site_root_paths()
        if root.site_id == site.pk
    }


def _deepest_live_page(url_paths: list[str]) -> tuple[int, int, str, bool] | None:
    """(pk, content type, url_path, has view restrictions) of the deepest live page among
    `url_paths`, in one statement.

    Written in SQL because it runs on every page view and the ORM spends longer building this
    statement than the database spends answering it. The restriction flag covers what
    FastPageMixin.get_view_restrictions looks at: a restriction on the page or an ancestor
    (whose tree path is a prefix of the page's), or on the source of an ancestor alias.
    """
    page = connection.ops.quote_name(Page._meta.db_table)
    restriction = connection.ops.quote_name(PageViewRestriction._meta.db_table)
    placeholders = ", ".join(["%s"] * len(url_paths))
    sql = f"""
        SELECT p.id, p.content_type_id, p.url_path,
            EXISTS (
                SELECT 1 FROM {restriction} r JOIN {page} rp ON rp.id = r.page_id
                WHERE SUBSTR(p.path, 1, LENGTH(rp.path)) = rp.path
            ) OR EXISTS (
                SELECT 1 FROM {restriction} r JOIN {page} alias ON alias.alias_of_id = r.page_id
                WHERE SUBSTR(p.path, 1, LENGTH(alias.path)) = alias.path
            )
        FROM {page} p
        WHERE p.live AND p.url_path IN ({placeholders})
        ORDER BY p.depth DESC
        LIMIT 1
    """  # noqa: S608 (quoted table names and placeholders; the values are parameters)
    with connection.cursor() as cursor:
        cursor.execute(sql, url_paths)
        row = cursor.fetchone()
    if row is None:
        return None
    return row[0], row[1], row[2], bool(row[3])


_page_queries: dict[type[Page], PreparedQuery] = {}


def _page_query(model: type[Page]) -> PreparedQuery:
    """The query of one page of `model` by its id, built once per process. A model's manager
    may offer `for_serving()`: the queryset that loads what its page shows."""
    query = _page_queries.get(model)
    if query is None:
        manager = model._default_manager
        if hasattr(manager, "for_serving"):
            query = PreparedQuery(lambda pk: manager.for_serving().filter(pk=pk))
        else:
            query = PreparedQuery(lambda pk: manager.filter(pk=pk))
        _page_queries[model] = query
    return query


def find_route(request: HttpRequest, path: str) -> RouteResult | None:
    site = find_site(request)
    if site is None:
        return None
    root_path = site_root_paths(site).get(translation.get_language())
    if root_path is None:
        return None
    components = [c for c in path.split("/") if c]
    if len(components) > MAX_PATH_COMPONENTS:
        return None
    candidates = [
        root_path + "".join(f"{c}/" for c in components[:depth])
        for depth in range(len(components), -1, -1)
    ]
    found = _deepest_live_page(candidates)
    if found is None:
        return None
    pk, content_type_id, url_path, restricted = found
    # Straight to the specific model: one query instead of a base page and then its specific.
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    found_pages = _page_query(model)(pk)
    if not found_pages:
        # Every concrete model has its DoesNotExist (the stubs know only ObjectDoesNotExist).
        raise model.DoesNotExist(f"{model.__name__} {pk} is gone")  # type: ignore[attr-defined]
    page = found_pages[0]
    page._has_view_restrictions = restricted  # read by FastPageMixin.get_view_restrictions
    consumed = len([c for c in url_path[len(root_path) :].split("/") if c])
    try:
        return page.route(request, components[consumed:])
    except Http404:
        return None


def serve(request: HttpRequest, path: str) -> HttpResponse:
    if not hasattr(request, "_wagtail_route_for_request"):
        # Wagtail's serve() takes the route found here instead of finding it again.
        request._wagtail_route_for_request = find_route(request, path)  # type: ignore[attr-defined]
    response: HttpResponse = wagtail_views.serve(request, path)
    return response
