"""Title-first search done by the full-text index, one page at a time.

Wagtail's database backends hand back every match, ranked, for the caller to slice: on SQLite
modelsearch scores each page with a correlated subquery that repeats the MATCH once per page,
and on PostgreSQL it matches `title || body` built row by row, which no index serves. Among
20,000 articles a common word took a quarter of a second. Here each rank (0: every term in the
title, 1: the other matches) is one query on the index tables that sorts by relevance and
stops at the page asked for (LIMIT/OFFSET), and counting stops at `limit` (the site search
shows at most that many results). The pages a reader may see (live, public, one language) are
the caller's queryset, joined by key.

Only our own SQLite and PostgreSQL backends are served (`ranked_search` gives None for others,
e.g. OpenSearch, whose own ranking the caller then uses).
"""

from __future__ import annotations

from typing import Any

from django.db import connection, models
from django.db.models import CharField, QuerySet
from django.db.models.functions import Cast
from modelsearch.conf import get_app_config
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.backends import get_search_backend

from rostra.core.search import BODY_WEIGHT, TITLE_WEIGHT, segment_query
from rostra.core.search.text import query_terms

# FROM and WHERE, their parameters, ORDER BY, its parameters.
Select = tuple[str, list[Any], str, list[Any]]

RANKS = (0, 1)


def _table(model: str) -> str:
    # The index models live in Wagtail's search app (modelsearch's models, its app config).
    table: str = get_app_config().get_model(model)._meta.db_table
    return table


class RankedSearch:
    """The matches of `query` among `queryset`, title matches first; lazy and cached."""

    def __init__(
        self, queryset: QuerySet[models.Model], query: str, language: str, limit: int
    ) -> None:
        self.queryset = queryset
        self.query = query
        self.language = language
        self.limit = limit
        self._counts: dict[int, int] = {}

    def _keys(self) -> tuple[str, tuple[Any, ...]]:
        # Index entries name their object by a text key.
        keys = self.queryset.order_by().annotate(_key=Cast("pk", CharField())).values("_key")
        sql, params = keys.query.sql_with_params()
        return sql, tuple(params)

    def _pks(self) -> tuple[str, tuple[Any, ...]]:
        keys = self.queryset.order_by().values("pk")
        sql, params = keys.query.sql_with_params()
        return sql, tuple(params)

    def _content_types(self) -> tuple[str, list[int]]:
        pks = get_descendants_content_types_pks(self.queryset.model)
        return ", ".join(["%s"] * len(pks)), pks

    def _select(self, rank: int) -> Select:
        """FROM and WHERE of one rank's matches, their parameters, ORDER BY, its parameters."""
        raise NotImplementedError

    def searchable(self) -> bool:
        return bool(query_terms(self.query, self.language))

    def count_sql(self, rank: int) -> tuple[str, list[Any]]:
        """The query that counts the matches of `rank`, stopping at `limit`."""
        where, params, _order, _order_params = self._select(rank)
        return f"SELECT COUNT(*) FROM (SELECT 1 {where} LIMIT %s) AS found", [  # noqa: S608
            *params,
            self.limit,
        ]

    def count(self, rank: int) -> int:
        """How many pages match with `rank`, at most `limit`."""
        if rank not in self._counts:
            self._counts[rank] = 0
            if self.searchable():
                with connection.cursor() as cursor:
                    cursor.execute(*self.count_sql(rank))
                    self._counts[rank] = cursor.fetchone()[0]
        return self._counts[rank]

    def ids(self, rank: int, start: int, stop: int) -> list[int]:
        """The keys of the matches of `rank` from `start` to `stop`, best first."""
        if stop <= start or not self.searchable():
            return []
        where, params, order, order_params = self._select(rank)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT e.object_id {where} ORDER BY {order} LIMIT %s OFFSET %s",
                [*params, *order_params, stop - start, start],
            )
            return [int(row[0]) for row in cursor.fetchall()]


class SQLiteRankedSearch(RankedSearch):
    """FTS5: a column filter tells title matches ({title}) from the others, and bm25() weighs
    the title above the body (the weights of rostra.core.search.sqlite).

    CROSS JOIN makes SQLite read the full-text matches first and look each entry up by key:
    with a plain JOIN it counted by walking the language's pages and running the MATCH again
    for each (30 ms at 2,000 articles, growing with the square of their number)."""

    def _select(self, rank: int) -> Select:
        fts = _table("SQLiteFTSIndexEntry")
        entries = _table("IndexEntry")
        # FTS5 strings: each term quoted (a quote doubled), so no term is read as syntax.
        terms = " AND ".join(
            '"' + t.replace('"', '""') + '"' for t in query_terms(self.query, self.language)
        )
        in_title = f"{{title}} : ({terms})"
        match = in_title if rank == 0 else f"({{body title}} : ({terms})) NOT ({in_title})"
        keys, key_params = self._keys()
        types, type_params = self._content_types()
        where = (
            f"FROM {fts} CROSS JOIN {entries} AS e ON e.id = {fts}.rowid "
            f"WHERE {fts} MATCH %s AND e.content_type_id IN ({types}) "
            f"AND e.object_id IN ({keys})"
        )
        order = f"bm25({fts}, 0.0, {BODY_WEIGHT}, {TITLE_WEIGHT}), e.id"
        return where, [match, *type_params, *key_params], order, []


class PostgresRankedSearch(RankedSearch):
    """tsvector columns with GIN indexes: rank 0 is `title @@ q` (the title index); the others
    match in title and body together and have at least one term in the body, which the body
    index finds first (`body @@ any term`), so no row is read that cannot match."""

    def _select(self, rank: int) -> Select:
        from rostra.core.search.postgres import config_for_language

        config = config_for_language(self.language)
        words = segment_query(self.query).split()
        text = " ".join(words)
        every = "plainto_tsquery(%s::regconfig, %s)"
        # tsquery || tsquery is OR; a stop word gives an empty query, which OR ignores.
        any_term = " || ".join([every] * len(words)) or every
        any_params = [p for word in words for p in (config, word)] or [config, ""]
        # The entry's key as the page's integer key, so that each match is looked up by the
        # page's primary key: compared as text, PostgreSQL (which expects one match, as it
        # cannot estimate a tsquery) re-read the language's pages for every match (39 ms for
        # one count among 1,200 articles). Only digits are cast (other models' keys may not be).
        key = "(CASE WHEN e.object_id ~ '^[0-9]{1,18}$' THEN e.object_id::bigint END)"
        keys, key_params = self._pks()
        types, type_params = self._content_types()
        entries = _table("IndexEntry")
        if rank == 0:
            match, match_params = f"e.title @@ {every}", [config, text]
        else:
            match = (
                f"e.body @@ ({any_term}) AND (e.title || e.body) @@ {every} "
                f"AND NOT e.title @@ {every}"
            )
            match_params = [*any_params, config, text, config, text]
        where = (
            f"FROM {entries} AS e WHERE {match} AND e.content_type_id IN ({types}) "
            f"AND {key} IN ({keys})"
        )
        # The title weighs as on SQLite (rostra.core.search.sqlite).
        order = f"ts_rank(e.title, {every}) * {TITLE_WEIGHT} + ts_rank(e.body, {every}) DESC, e.id"
        order_params = [config, text, config, text]
        return where, [*match_params, *type_params, *key_params], order, order_params


def ranked_search(
    queryset: QuerySet[models.Model], query: str, language: str, limit: int
) -> RankedSearch | None:
    """A RankedSearch for the default backend, or None when it is not one of ours."""
    backend = get_search_backend()
    if connection.vendor == "sqlite":
        from rostra.core.search.sqlite import WeightedSQLiteSearchBackend

        if isinstance(backend, WeightedSQLiteSearchBackend):
            return SQLiteRankedSearch(queryset, query, language, limit)
    elif connection.vendor == "postgresql":
        from rostra.core.search.postgres import LocalizedPostgresSearchBackend

        if isinstance(backend, LocalizedPostgresSearchBackend):
            return PostgresRankedSearch(queryset, query, language, limit)
    return None
