"""PostgreSQL search with a text-search configuration per language.

Wagtail's PostgreSQL backend stems everything with one configuration. A Russian article needs
the 'russian' one to find "конгресса" for "конгресс", a German one 'german'. This backend
indexes each object with the configuration of its locale and searches with the configuration of
the active language (searches are per language, so the two agree).
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterable

from django.db import models
from django.utils import translation
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from rostra.core.search import SNOWBALL

# PostgreSQL's built-in Snowball configurations (named as the algorithms), so a language added
# in settings is stemmed too.
CONFIGS = SNOWBALL
DEFAULT_CONFIG = "simple"  # Chinese (pre-segmented) and anything else: no stemming


def config_for_language(language_code: str | None) -> str:
    return CONFIGS.get((language_code or "").split("-")[0], DEFAULT_CONFIG)


def _config_for_object(obj: models.Model) -> str:
    locale = getattr(obj, "locale", None)
    return config_for_language(getattr(locale, "language_code", None))


class LocalizedIndex(PostgresIndex):
    def add_items(self, model: type[models.Model], objs: Iterable[models.Model]) -> None:
        groups: defaultdict[str, list[models.Model]] = defaultdict(list)
        for obj in objs:
            groups[_config_for_object(obj)].append(obj)
        for config, group in groups.items():
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, group)


class LocalizedQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend: PostgresSearchBackend) -> str:
        return config_for_language(translation.get_language())


class LocalizedAutocompleteQueryCompiler(PostgresAutocompleteQueryCompiler):
    pass


class LocalizedPostgresSearchBackend(PostgresSearchBackend):
    index_class = LocalizedIndex
    query_compiler_class = LocalizedQueryCompiler
    autocomplete_query_compiler_class = LocalizedAutocompleteQueryCompiler


SearchBackend = LocalizedPostgresSearchBackend
