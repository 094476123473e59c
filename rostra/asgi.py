"""ASGI entry point: Django over HTTP (Channels routes WebSockets once the live room exists)."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rostra.settings")

from django.conf import settings  # noqa: E402

from rostra.core.asgi import get_django_application  # noqa: E402

from rostra.readers.pagecache import wrap as with_page_cache  # noqa: E402

# Anonymous readers' pages come from the page cache in front of Django (rostra.readers).
application = with_page_cache(get_django_application(settings.WEB_THREADS))
