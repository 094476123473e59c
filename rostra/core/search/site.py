"""The site search: news, events and public profiles, each hit with its kind.

`core` imports no domain app: each app registers a provider (`register`), a function
`(query, language) -> list[Hit]`. News comes from the full-text index; events and profiles are
few (hundreds), so their providers match the terms of `rostra.core.search.text` in Python,
which is the same on SQLite and PostgreSQL. Every provider ranks title matches first; the
hits of all providers are merged by that rank, then kind, then each provider's own order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import connection

from rostra.core.search import segment_query
from rostra.core.search.text import match_rank, query_terms

MAX_HITS = 300  # a search that finds more is refined, not paged through to the end


@dataclass
class Hit:
    kind: str  # shown to the reader: "News", "Event", "Profile" (translated)
    title: str
    url: str
    rank: int  # 0: every term in the title; 1: elsewhere
    order: int = 0  # the provider's own order (relevance or date)
    summary: str = ""
    date: object = None
    article: object = None  # a news article: shown as a card
    extra: dict[str, Any] = field(default_factory=dict)


Provider = Callable[[str, str], list[Hit]]
_providers: list[tuple[int, Provider]] = []


def register(position: int) -> Callable[[Provider], Provider]:
    """Register a provider; `position` orders the kinds among hits of the same rank."""

    def decorator(provider: Provider) -> Provider:
        _providers.append((position, provider))
        _providers.sort(key=lambda p: p[0])
        return provider

    return decorator


def backend_query(query: str, language: str) -> str:
    """The query for the full-text index: stems on SQLite (FTS5 does not stem; the index has
    stem fields), the words as typed elsewhere (PostgreSQL stems with its own configuration)."""
    if connection.vendor == "sqlite":
        return " ".join(query_terms(query, language))
    return segment_query(query)


def rank(query: str, language: str, title: str, body: str = "") -> int | None:
    return match_rank(query_terms(query, language), title, body, language)


def search(query: str, language: str) -> list[Hit]:
    hits: list[tuple[int, int, int, Hit]] = []
    for position, provider in _providers:
        for hit in provider(query, language):
            hits.append((hit.rank, position, hit.order, hit))
    hits.sort(key=lambda h: h[:3])
    return [h[3] for h in hits[:MAX_HITS]]
