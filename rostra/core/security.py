"""Content-Security-Policy (django-csp) for the public site, the live room and the admin.

The public site and the live room run only the site's own static scripts and styles: no inline
code (data reaches scripts through `data-*` attributes and `json_script`), so a comment or a
title that slipped through cleaning still cannot run. The policy has no nonce on purpose: the
page cache serves one copy to every reader.

Wagtail's admin (7.4) still writes inline `<script>` for its date and time pickers and its
inline panels (wagtailadmin/widgets/date_input.html, panels/inline_panel.html), with the
field's id inside, so neither a hash nor a nonce can allow them; its templates and JavaScript
also set `style` attributes. Under /admin/ and /django-admin/ the policy therefore adds
'unsafe-inline' to script-src and style-src and nothing else (sources stay 'self'); those pages
are only for signed-in staff, never cached, and show no reader-written HTML unescaped.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.http import HttpRequest, HttpResponseBase

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def public_policy(jitsi_server: str, media_origins: list[str]) -> dict[str, Any]:
    """CONTENT_SECURITY_POLICY for settings: the strict policy every page starts from."""
    frames = [SELF] + ([f"https://{jitsi_server}"] if jitsi_server else [])
    return {
        "DIRECTIVES": {
            "default-src": [SELF],
            "script-src": [SELF],
            "style-src": [SELF],
            "img-src": [SELF, "data:", "blob:", *media_origins],
            "media-src": [SELF, "blob:", *media_origins],
            "font-src": [SELF, "data:"],
            # The live room's WebSocket: same origin ('self' covers ws:/wss: of this host).
            "connect-src": [SELF],
            "frame-src": frames,  # the live room embeds the event's Jitsi Meet room
            "object-src": [NONE],
            "base-uri": [SELF],
            "form-action": [SELF],
            "frame-ancestors": [SELF],
        }
    }


def media_origins(*urls: str | None) -> list[str]:
    """The origins of S3 or another media host, when media are not served from this site."""
    origins = []
    for url in urls:
        if not url:
            continue
        parts = urlsplit(url if "//" in url else f"https://{url}")
        if parts.netloc:
            origins.append(f"{parts.scheme or 'https'}://{parts.netloc}")
    return origins


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's additions under its paths."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIXES):
            extra = {"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE]}
            parts.update = {**extra, **(parts.update or {})}
        return parts
