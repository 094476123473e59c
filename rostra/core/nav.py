"""The site navigation, built by the apps that own its parts and cached per language.

`core` imports no domain app: an app contributes items by registering a builder with
`register`. The result is cached (it is read on every page) and dropped whenever a page or a
snippet changes, through `invalidate()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.http import HttpRequest
from django.utils import translation

_builders: list[Callable[[str], dict[str, Any]]] = []
_GENERATION_KEY = "rostra:nav:generation"


def register(builder: Callable[[str], dict[str, Any]]) -> Callable[[str], dict[str, Any]]:
    """Register `builder(language_code) -> dict`; the dicts are merged into the navigation."""
    _builders.append(builder)
    return builder


def invalidate(**_kwargs: object) -> None:
    try:
        cache.incr(_GENERATION_KEY)
    except ValueError:
        cache.set(_GENERATION_KEY, 1, None)


def navigation(request: HttpRequest | None = None) -> dict[str, Any]:
    language = translation.get_language() or "en"
    generation = cache.get_or_set(_GENERATION_KEY, 1, None)
    key = f"rostra:nav:{generation}:{language}"
    nav: dict[str, Any] | None = cache.get(key)
    if nav is None:
        nav = {}
        for builder in _builders:
            nav.update(builder(language))
        cache.set(key, nav, 3600)
    return nav
