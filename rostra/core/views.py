"""Site-wide views: robots.txt and error pages in the reader's language."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /*/search/",
        f"Sitemap: {settings.SITE_URL}/sitemap.xml",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def _language_from_path(request: HttpRequest) -> str:
    code = translation.get_language_from_path(request.path_info)
    return code or translation.get_language_from_request(request)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    # The 404 handler runs outside i18n_patterns' activation when the URL did not resolve.
    with translation.override(_language_from_path(request)):
        return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors: whatever failed (the database, say) must not fail this page too.
    with translation.override(_language_from_path(request)):
        return HttpResponseServerError(loader.render_to_string("500.html"))


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    with translation.override(_language_from_path(request)):
        return render(request, "400.html", status=400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    with translation.override(_language_from_path(request)):
        return render(request, "403.html", {"csrf_failed": False}, status=403)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A refused form (expired or missing security token) in the theme and the reader's
    language, with the way back, instead of Django's bare technical page."""
    with translation.override(_language_from_path(request)):
        return render(
            request,
            "403.html",
            {"csrf_failed": True, "back_url": _same_site_referer(request)},
            status=403,
        )


def _same_site_referer(request: HttpRequest) -> str:
    from django.utils.http import url_has_allowed_host_and_scheme

    referer = request.headers.get("Referer", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return referer
    return request.path
