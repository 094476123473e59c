"""SQLite FTS5 search that ranks a match in the title above one in the body.

Wagtail's SQLite backend ranks with bm25() over the whole row, so a word in the title counts no
more than the same word in the body. bm25() takes a weight per FTS column; the columns are
(autocomplete, body, title).
"""

from __future__ import annotations

from typing import Any

from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import F
from django.db.models.sql.compiler import SQLCompiler
from modelsearch.backends.database.sqlite.query import BM25
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.conf import get_app_config
from modelsearch.query import Not, Phrase, PlainText

from rostra.core.search import BODY_WEIGHT, TITLE_WEIGHT


class WeightedBM25(BM25):
    def as_sql(
        self,
        compiler: SQLCompiler,
        connection: BaseDatabaseWrapper,
        function: str | None = None,
        template: str | None = None,
    ) -> tuple[str, list[object]]:
        table = get_app_config().get_model("SQLiteFTSIndexEntry")._meta.db_table
        return f"bm25({table}, 0.0, {BODY_WEIGHT}, {TITLE_WEIGHT})", []


class WeightedQueryCompiler(SQLiteSearchQueryCompiler):
    def build_tsrank(
        self, vector: object, query: object, config: str | None = None, boost: float = 1.0
    ) -> Any:
        if isinstance(query, Phrase | PlainText | Not):
            rank = WeightedBM25()
            return rank * boost if boost != 1.0 else rank
        return super().build_tsrank(vector, query, config=config, boost=boost)

    def get_index_vectors(self) -> list[tuple[F, float]]:
        # One weighted bm25 covers both columns; the parent adds one term per vector.
        return [(F("index_entry__body"), 1.0)]


class WeightedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = WeightedQueryCompiler


SearchBackend = WeightedSQLiteSearchBackend
