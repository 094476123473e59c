"""ASGI entry point: Django over HTTP, Channels for the live room's WebSockets."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rostra.settings")

from django.conf import settings

from rostra.core.asgi import get_django_application
from rostra.readers.pagecache import wrap as with_page_cache

# Anonymous readers' pages come from the page cache in front of Django (rostra.readers).
http_application = with_page_cache(
    get_django_application(settings.WEB_THREADS, settings.SERVER_TIMING)
)

# WebSockets: the live meeting room (rostra.assembly); sessions for signed-in participants,
# Origin checked against ALLOWED_HOSTS.
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from rostra.assembly.middleware import RoomAuthStack  # noqa: E402
from rostra.assembly.routing import websocket_urlpatterns  # noqa: E402
from rostra.core.lifespan import lifespan  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": http_application,
        "websocket": AllowedHostsOriginValidator(RoomAuthStack(URLRouter(websocket_urlpatterns))),
        # The server's start and stop (the lifespan of each granian or uvicorn worker):
        # buffered views are written at the stop, whatever signal asked for it.
        "lifespan": lifespan,
    }
)
