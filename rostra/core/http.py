"""Request types for the type checker."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.http import HttpRequest


class AuthenticatedHttpRequest(HttpRequest):
    """The request of a view that only signed-in users reach (the admin's views, behind
    Wagtail's login): its user is an account, never the anonymous visitor. For annotations
    only (django-stubs' recipe); Django still passes a plain HttpRequest."""

    user: User
