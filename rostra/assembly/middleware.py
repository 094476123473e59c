"""Channels' AuthMiddleware, minus the database trip for connections without a session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from channels.auth import AuthMiddleware
from channels.sessions import CookieMiddleware, SessionMiddleware
from django.conf import settings
from django.contrib.auth.models import AnonymousUser

if TYPE_CHECKING:
    from rostra.core.asgi import ASGIApp, Scope


class SessionAuthMiddleware(AuthMiddleware):
    """A delegate who opens the room with his personal link has no session cookie: his user is
    anonymous without asking the database (thousands connect at once)."""

    async def resolve_scope(self, scope: Scope) -> None:
        cookies = scope.get("cookies") or {}
        if settings.SESSION_COOKIE_NAME not in cookies:
            scope["user"]._wrapped = AnonymousUser()
            return
        await super().resolve_scope(scope)


def RoomAuthStack(inner: ASGIApp) -> ASGIApp:  # named like Channels' AuthMiddlewareStack
    app: ASGIApp = CookieMiddleware(SessionMiddleware(SessionAuthMiddleware(inner)))
    return app
