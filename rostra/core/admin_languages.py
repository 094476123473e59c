"""Admin panels for fields kept once per configured language (rostra.org.i18n.translated)."""

from __future__ import annotations

from typing import Any

from wagtail.admin.panels import FieldPanel, FieldRowPanel

from rostra.org.i18n import field_names


def language_panels(base: str, per_row: int = 2) -> list[Any]:
    """One FieldPanel per language of `settings.LANGUAGES`, `per_row` to a row."""
    names = field_names(base)
    return [
        FieldRowPanel([FieldPanel(name) for name in names[i : i + per_row]])
        for i in range(0, len(names), per_row)
    ]
