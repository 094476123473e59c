"""Search indexing deferred during an import, then done in bulk.

Every save of an indexed model (a page, an image) normally indexes it at once, one object at a
time, reading it back from the database: for ten thousand entries with three photos each that
was a third of the import. While `deferred()` is active in a thread, those saves only note what
to index; `flush()` indexes the noted objects of each model in one bulk call per backend, after
the entries that made them are committed. Other threads (a web server running the admin's
import in a worker) keep indexing as usual.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.search.backends import get_search_backends

_local = threading.local()
_lock = threading.Lock()
_installed: dict = {"count": 0, "models": []}
CHUNK = 500


def _collect_or_index(instance, **kwargs):
    pending = getattr(_local, "pending", None)
    if pending is None:
        return post_save_signal_handler(instance, **kwargs)
    if not kwargs.get("raw", False):
        note(instance)
    return None


def note(instance) -> None:
    """Index this object at the next flush (when deferring; else at once)."""
    pending = getattr(_local, "pending", None)
    if pending is None:
        index.insert_or_update_object(instance)
        return
    pending.setdefault(type(instance), set()).add(instance.pk)


def _install() -> None:
    with _lock:
        if _installed["count"] == 0:
            for model in index.get_indexed_models():
                if post_save.disconnect(post_save_signal_handler, sender=model):
                    post_save.connect(_collect_or_index, sender=model)
                    _installed["models"].append(model)
        _installed["count"] += 1


def _uninstall() -> None:
    with _lock:
        _installed["count"] -= 1
        if _installed["count"] == 0:
            for model in _installed["models"]:
                post_save.disconnect(_collect_or_index, sender=model)
                post_save.connect(post_save_signal_handler, sender=model)
            _installed["models"] = []


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Saves in this thread note what to index instead of indexing it. What is still noted at
    the end is dropped: call `flush()` once the writes are committed."""
    if getattr(_local, "pending", None) is not None:
        yield  # already deferring (a nested call): the outer one flushes
        return
    _install()
    _local.pending = {}
    try:
        yield
    finally:
        _local.pending = None
        _uninstall()


def forget() -> None:
    """Drop what was noted (the writes were rolled back)."""
    if getattr(_local, "pending", None) is not None:
        _local.pending = {}


def flush() -> int:
    """Index what was noted, in bulk, model by model; returns how many objects."""
    pending = getattr(_local, "pending", None)
    if not pending:
        return 0
    _local.pending = {}
    backends = list(get_search_backends(with_auto_update=True))
    count = 0
    for model, pks in pending.items():
        keys = sorted(pk for pk in pks if pk is not None)
        for start in range(0, len(keys), CHUNK):
            # Only what still exists and is meant to be indexed (a failed entry's objects
            # are gone with its transaction).
            objects = list(model.get_indexed_objects().filter(pk__in=keys[start : start + CHUNK]))
            if not objects:
                continue
            for backend in backends:
                backend.add_bulk(model, objects)
            count += len(objects)
    return count
