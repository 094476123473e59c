"""Indexing once at the end instead of on every save.

Wagtail updates the search index and the reference index on each save; making an article and
its translation saves each page several times. While loading, both are switched off, and then
every new object is indexed once (`index_objects`), or, for thousands of pages, a model's
objects in one call per backend and chunk (`index_in_bulk`): the same index rows as
publishing writes (rostra.demo.tests.test_bulk_indexing), without one reading of the index
table per object (SQLite's backend recomputes the average title length after every write).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from django.conf import settings
from django.db.models.signals import post_save
from django.test.utils import override_settings
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def deferred() -> Iterator[None]:
    """Within: no search or reference indexing on save (for this process, so only while
    nothing else runs in it, as in a management command or a test)."""
    backends = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    for params in backends.values():
        params["AUTO_UPDATE"] = False
    # The search app's post_save handler queues an indexing task per save even when no
    # backend updates automatically; take it off for the duration, then put it back.
    models = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    disconnected = [m for m in models if post_save.disconnect(post_save_signal_handler, sender=m)]
    try:
        with (
            disable_reference_index_auto_update(),
            override_settings(WAGTAILSEARCH_BACKENDS=backends),
        ):
            yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


def index_objects(objects: Iterable) -> None:
    """Put `objects` (pages, images) in the search index and the reference index."""
    for obj in objects:
        index.insert_or_update_object(obj)
        if ReferenceIndex.is_indexed(type(obj)):
            ReferenceIndex.create_or_update_for_object(obj)


def index_in_bulk(model, pks: Sequence[int], prefetch: Sequence[str] = (), chunk: int = 500) -> int:
    """Put the objects of `model` with keys `pks` in the search index (each backend that
    updates automatically), `chunk` at a time; `prefetch`: relations that search fields read
    (a page's tags), loaded once per chunk. Returns how many objects were indexed."""
    backends = list(get_search_backends(with_auto_update=True))
    count = 0
    for start in range(0, len(pks), chunk):
        objects = list(
            model.get_indexed_objects()
            .filter(pk__in=pks[start : start + chunk])
            .prefetch_related(*prefetch)
        )
        for backend in backends:
            backend.add_bulk(model, objects)
        count += len(objects)
    return count
