"""Punctuation of the active language in templates (rostra.core.typography)."""

from __future__ import annotations

from django import template
from django.utils import translation

from rostra.core import typography

register = template.Library()


def _language() -> str:
    return translation.get_language() or "en"


@register.simple_tag
def comma() -> str:
    return typography.comma(_language())


@register.simple_tag
def colon() -> str:
    return typography.colon(_language())


@register.simple_tag
def label_colon() -> str:
    """The colon that ends a label ("Views:", "浏览量："): no space of its own, the layout
    spaces the label from its value."""
    return typography.colon(_language()).rstrip()


@register.simple_tag
def paren_open() -> str:
    return "（" if typography.is_cjk(_language()) else " ("


@register.simple_tag
def paren_close() -> str:
    return "）" if typography.is_cjk(_language()) else ")"


@register.filter
def quoted(text: str) -> str:
    return typography.quote(str(text), _language())


@register.filter
def tidy(text: str) -> str:
    return typography.tidy(str(text), _language())
