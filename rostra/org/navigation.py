"""What the org app adds to the site navigation: `org_url`, the structure page of the language."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation

from rostra.core import nav


@nav.register
def org_navigation(language: str) -> dict:
    with translation.override(language):
        return {"org_url": reverse("org:structure")}
