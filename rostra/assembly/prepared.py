"""Queries compiled once and run many times: a crowd connecting runs the same two queries
thousands of times, and building their SQL through the ORM cost more than the database's
answer. A query is written with the ORM, with `Slot("name")` (a text) or `IntSlot("name")`
(an id) where a value goes; its SQL and parameters are kept per database alias and vendor,
and each run fills the slots in.

Only for queries whose values need no conversion (ids, texts) and that return plain rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import connections
from django.db.models import QuerySet

DEFAULT_DB = "default"


_PREFIX = "\x00slot:"
_INT_BASE = -7_319_562_817_113_000_000  # ids are positive: no real value is near this
_int_slots: dict[int, str] = {}


def Slot(name: str) -> str:  # named like a class: used like one
    """A named place for a text value."""
    return f"{_PREFIX}{name}\x00"


def IntSlot(name: str) -> int:  # named like a class: used like one
    """A named place for an integer value (an id)."""
    for number, known in _int_slots.items():
        if known == name:
            return number
    number = _INT_BASE - len(_int_slots)
    _int_slots[number] = name
    return number


def _fill(param: Any, values: dict[str, Any]) -> Any:
    if isinstance(param, str) and param.startswith(_PREFIX):
        return values[param[len(_PREFIX) : -1]]
    if type(param) is int and param in _int_slots:
        return values[_int_slots[param]]
    return param


_compiled: dict[tuple[str, str, str], tuple[str, tuple[Any, ...]]] = {}


def rows(
    key: str, build: Callable[[], QuerySet[Any]], using: str = DEFAULT_DB, **values: Any
) -> list[Any]:
    connection = connections[using]
    cache_key = (key, using, connection.vendor)
    compiled = _compiled.get(cache_key)
    if compiled is None:
        query = build().query
        sql, params = query.get_compiler(using=using).as_sql()
        compiled = _compiled[cache_key] = (sql, tuple(params))
    sql, params = compiled
    filled = [_fill(p, values) for p in params]
    with connection.cursor() as cursor:
        cursor.execute(sql, filled)
        fetched: list[Any] = cursor.fetchall()
        return fetched
