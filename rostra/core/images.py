"""Image helpers shared by the apps."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Prefetch, prefetch_related_objects


def prefetch_renditions(images: Iterable) -> None:
    """Load the renditions of all `images` in one query.

    Wagtail looks in `prefetched_renditions` before its cache and the database, so a page
    with any number of photos needs one query for all of their renditions.
    """
    pending = [image for image in images if image is not None]
    pending = [image for image in pending if not hasattr(image, "prefetched_renditions")]
    if pending:
        prefetch_related_objects(pending, Prefetch("renditions", to_attr="prefetched_renditions"))
