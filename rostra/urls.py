from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.static import serve as serve_static
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.images.views.serve import ServeView

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


urlpatterns = [
    path("django-admin/", admin.site.urls),
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
