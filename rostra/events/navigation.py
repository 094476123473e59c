"""What the events app adds to the site navigation: `events_url`, the language's events page."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import translation

from rostra.core import nav


@nav.register
def events_navigation(language: str) -> dict[str, Any]:
    with translation.override(language):
        return {"events_url": reverse("events:index")}
