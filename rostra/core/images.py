"""Image helpers shared by the apps."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Model

from rostra.core.queries import PreparedQuery

_renditions_queries: dict[type[Model], PreparedQuery] = {}


def _renditions_query(model: type[Model]) -> PreparedQuery:
    """The renditions of some images for some specs; its statement built once per process
    (rostra.core.queries), as photo-heavy pages ask it on every view."""
    query = _renditions_queries.get(model)
    if query is None:
        query = _renditions_queries[model] = PreparedQuery(
            lambda image_ids, specs: model._default_manager.filter(
                image_id__in=image_ids, filter_spec__in=specs
            )
        )
    return query


def prefetch_renditions(images: Iterable[Any], specs: Iterable[str]) -> None:
    """Load the renditions of all `images` for the filter `specs` in one query.

    Wagtail looks in `prefetched_renditions` before its cache and the database, so a page
    with any number of photos needs one query for all of their renditions. Name every spec the
    page's templates use: a missing one is made (or looked up) on the spot, a query each.
    (A plain query and a dict, not prefetch_related_objects: same query, a third of the work;
    its statement is built once per process.)
    """
    pending = [image for image in images if image is not None]
    pending = [image for image in pending if not hasattr(image, "prefetched_renditions")]
    if not pending:
        return
    by_image: dict[int, list[Any]] = {image.pk: [] for image in pending}
    renditions = _renditions_query(pending[0].get_rendition_model())(list(by_image), sorted(specs))
    for rendition in renditions:
        by_image[rendition.image_id].append(rendition)
    for image in pending:
        # Wagtail adds renditions it makes later to this same list.
        image.prefetched_renditions = by_image[image.pk]
        for rendition in image.prefetched_renditions:
            rendition.image = image  # the rendition's url needs no query for its image
