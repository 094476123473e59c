from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.static import serve as serve_static
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.localization import get_localized_response
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.images.views.serve import ServeView
from wagtail.utils.urlpatterns import decorate_urlpatterns

from rostra.core import routing
from rostra.core import views as core_views
from rostra.core.auth_views import ReaderLoginView
from rostra.news import views as news_views
from rostra.news.sitemap import PagesSitemap

handler400 = "rostra.core.views.bad_request"
handler403 = "rostra.core.views.permission_denied"
handler404 = "rostra.core.views.page_not_found"
handler500 = "rostra.core.views.server_error"


def _sitemap(request):
    return sitemap(request, sitemaps={"pages": PagesSitemap(request)})


def _in_admin_language(view):
    """Django's admin (the background tasks' results) in the language and time zone each person
    chose for Wagtail's admin, as Wagtail's own views are: it lives outside the language prefix,
    so it otherwise followed the browser, and showed "Nov. 29, 2026, 9:33 p.m." to an editor
    whose admin is in Russian."""

    def localized(request, *args, **kwargs):
        return get_localized_response(view, request, *args, **kwargs)

    return localized


_django_admin_urls, _app_name, _namespace = admin.site.urls

urlpatterns = [
    path(
        "django-admin/",
        (decorate_urlpatterns(_django_admin_urls, _in_admin_language), _app_name, _namespace),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    re_path(
        r"^images/([^/]*)/(\d*)/([^/]*)/[^/]*$", ServeView.as_view(), name="wagtailimages_serve"
    ),
    path("robots.txt", core_views.robots_txt),
    path("sitemap.xml", _sitemap, name="sitemap"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(
            r"^{}(?P<path>.*)$".format(settings.MEDIA_URL.lstrip("/")),
            serve_static,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# Every public page carries its language in the URL: /en/, /ru/, /zh-hans/, /de/.
urlpatterns += i18n_patterns(
    path("search/", news_views.search, name="search"),
    path("org/", include("rostra.org.urls")),
    path("live/", include("rostra.assembly.urls")),
    path("comments/", include("rostra.readers.urls")),
    path("events/", include("rostra.events.urls")),
    # Private pages: Wagtail's password form and a login page for readers, in the theme.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        wagtail_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path(
        "_util/login/",
        ReaderLoginView.as_view(),
        name="wagtailcore_login",
    ),
    re_path(r"^((?:[\w\-]+/)*)$", routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
