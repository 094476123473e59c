"""The site search: news, events and public profiles, each hit with its kind.

`core` imports no domain app: each app registers a provider (`register`), a function
`(query, language)` giving a list of Hits or a Source (hits counted and loaded by rank, a
slice at a time). News comes from the full-text index as a Source, so a results page loads
only its own articles (rostra.core.search.ranked); events and profiles are few (hundreds), so
their providers match the terms of `rostra.core.search.text` in Python, which is the same on
SQLite and PostgreSQL. Every provider ranks title matches first; the hits of all providers are
merged by that rank, then kind, then each provider's own order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, overload

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


RANKS = (0, 1)


class Source(Protocol):
    """A provider's hits, counted and loaded by rank without loading them all."""

    def count(self, rank: int) -> int: ...

    def hits(self, rank: int, start: int, stop: int) -> list[Hit]: ...


class Listed:
    """The hits of a provider that finds them all at once (a list)."""

    def __init__(self, hits: list[Hit]) -> None:
        self.by_rank = {
            rank: sorted((h for h in hits if h.rank == rank), key=lambda h: h.order)
            for rank in RANKS
        }

    def count(self, rank: int) -> int:
        return len(self.by_rank[rank])

    def hits(self, rank: int, start: int, stop: int) -> list[Hit]:
        return self.by_rank[rank][start:stop]


class Results:
    """Every provider's hits in order (rank, then kind, then the provider's order), at most
    MAX_HITS: what the paginator pages through. Counting asks each source for its count per
    rank; a slice loads only the hits in it."""

    def __init__(self, sources: list[Source]) -> None:
        self.segments = [(rank, source) for rank in RANKS for source in sources]
        self._counts: list[int] | None = None

    def counts(self) -> list[int]:
        if self._counts is None:
            self._counts = []
            total = 0
            for rank, source in self.segments:
                # Past MAX_HITS nothing is shown: later segments need no count.
                n = min(source.count(rank), MAX_HITS - total) if total < MAX_HITS else 0
                self._counts.append(n)
                total += n
        return self._counts

    def __len__(self) -> int:
        return sum(self.counts())

    @overload
    def __getitem__(self, index: int) -> Hit: ...

    @overload
    def __getitem__(self, index: slice) -> list[Hit]: ...

    def __getitem__(self, index: int | slice) -> Hit | list[Hit]:
        if isinstance(index, int):
            position = index + len(self) if index < 0 else index
            one = self[position : position + 1] if position >= 0 else []
            if not one:
                raise IndexError(index)
            return one[0]
        start, stop, step = index.indices(len(self))
        found: list[Hit] = []
        position = 0
        for (rank, source), n in zip(self.segments, self.counts(), strict=True):
            end = position + n
            if end > start and position < stop:
                found += source.hits(rank, max(start - position, 0), min(stop, end) - position)
            position = end
            if position >= stop:
                break
        return found[::step]

    def __iter__(self) -> Iterator[Hit]:
        return iter(self[:])


Provider = Callable[[str, str], "list[Hit] | Source"]
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


def search(query: str, language: str) -> Results:
    """The hits of every provider, lazily: len() counts, a slice loads."""
    sources = []
    for _position, provider in _providers:
        found = provider(query, language)
        sources.append(Listed(found) if isinstance(found, list) else found)
    return Results(sources)
