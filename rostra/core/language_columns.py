"""Columns for languages added in settings after the migrations were written.

The migrations describe the four languages Rostra ships with. A site that adds a language in
`settings.LANGUAGES` gets its fields on the models at once (rostra.org.i18n.translated); the
migration `…_languages_from_settings` of each app adds them to the migration state and to a
new database, and `add_missing_language_columns` (run after every `rostra migrate`) adds them
to a database that was migrated before the language was added. No code and no generated
migration: adding a language is configuration.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from django.apps import apps as global_apps
from django.db import connections, migrations, models

# The languages the shipped migrations already have columns for.
SHIPPED_LANGUAGES = ("en", "ru", "zh-hans", "de")


def _extra_fields(app_label: str) -> Iterator[tuple[type[models.Model], models.Field[Any, Any]]]:
    for model in global_apps.get_app_config(app_label).get_models():
        for field in model._meta.local_fields:
            code = getattr(field, "_translated_field_language_code", None)
            if code is not None and code not in SHIPPED_LANGUAGES:
                yield model, field


def operations(app_label: str) -> list[migrations.AddField]:
    """AddField for every per-language field of a language the shipped migrations lack."""
    ops: list[migrations.AddField] = []
    for model, field in _extra_fields(app_label):
        clone = field.clone()
        ops.append(
            # A model class always has its lower-case name (None only in the stubs' type).
            migrations.AddField(
                model_name=str(model._meta.model_name), name=field.name, field=clone
            )
        )
    return ops


def add_missing_language_columns(
    app_labels: Iterable[str] = ("org", "events"), using: str = "default"
) -> list[str]:
    """Add the columns of configured languages that the database lacks; returns their names."""
    connection = connections[using]
    added = []
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor))
    for app_label in app_labels:
        for model, field in _extra_fields(app_label):
            table = model._meta.db_table
            if table not in tables:
                continue
            with connection.cursor() as cursor:
                columns = {
                    c.name for c in connection.introspection.get_table_description(cursor, table)
                }
            if field.column in columns:
                continue
            with connection.schema_editor() as editor:
                editor.add_field(model, field)
            added.append(f"{table}.{field.column}")
    return added
