"""The readers' login (private pages, members-only views) and what a locked-out visitor sees.

Without `next`, a reader who signs in goes back to the page they came from (the Referer of the
login page, when it is one of this site's pages), else to the home page of their language; never
to Django's /accounts/profile/, which does not exist here.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme


class ReaderLoginView(auth_views.LoginView):
    template_name = "core/login.html"
    redirect_authenticated_user = False

    def _came_from(self) -> str:
        referer = self.request.META.get("HTTP_REFERER", "")
        if not referer or not url_has_allowed_host_and_scheme(
            referer, allowed_hosts={self.request.get_host()}, require_https=False
        ):
            return ""
        parts = urlsplit(referer)
        path: str = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path == self.request.path:  # the login page itself (a failed attempt)
            return ""
        return path

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        if not context.get(self.redirect_field_name):
            context[self.redirect_field_name] = self._came_from()
        return context

    def get_default_redirect_url(self) -> str:
        return f"/{translation.get_language() or 'en'}/"


def locked_out(
    request: HttpRequest, credentials: object = None, *args: object, **kwargs: object
) -> HttpResponse:
    """django-axes' lockout response (AXES_LOCKOUT_CALLABLE): a page in the site's theme and
    the visitor's language saying why and for how long; status 429."""
    from django.conf import settings

    from rostra.core.views import _language_from_path

    hours = settings.AXES_COOLOFF_TIME
    with translation.override(_language_from_path(request)):
        return render(
            request,
            "core/locked_out.html",
            {"cooloff_minutes": int(hours * 60), "login_url": reverse("wagtailcore_login")},
            status=429,
        )


def client_address(request: HttpRequest) -> str:
    """The address django-axes counts failures by: the same rule as the rest of Rostra
    (X-Forwarded-For only with ROSTRA_TRUST_FORWARDED_FOR)."""
    from rostra.readers.visitors import client_address as address

    meta = request.META
    return address(meta.get("REMOTE_ADDR", ""), meta.get("HTTP_X_FORWARDED_FOR", ""))
