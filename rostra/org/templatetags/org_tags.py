"""Template helpers for the registry's per-language values and anniversaries."""

from __future__ import annotations

from django import template
from django.utils import translation

from rostra.org.i18n import localized as _localized
from rostra.org.models import Observance

register = template.Library()


@register.filter
def localized(obj: object, base: str) -> str:
    """{{ unit|localized:"name" }}: the value for the active language, with fallbacks."""
    return _localized(obj, base, fallback="original_name" if base == "name" else "")


@register.filter
def anniversary(observance: Observance) -> str:
    """{{ observance|anniversary }}: 'the 75th anniversary' in the active language, or ''."""
    return observance.label(translation.get_language() or "en")
