"""ASGI entry point: Django over HTTP (Channels routes WebSockets once the live room exists)."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rostra.settings")

from django.core.asgi import get_asgi_application  # noqa: E402

application = get_asgi_application()
