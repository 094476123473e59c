"""Image helpers shared by the apps."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Prefetch, prefetch_related_objects


def prefetch_renditions(images: Iterable, specs: Iterable[str]) -> None:
    """Load the renditions of all `images` for the filter `specs` in one query.

    Wagtail looks in `prefetched_renditions` before its cache and the database, so a page
    with any number of photos needs one query for all of their renditions. Name every spec the
    page's templates use: a missing one is made (or looked up) on the spot, a query each.
    """
    pending = [image for image in images if image is not None]
    pending = [image for image in pending if not hasattr(image, "prefetched_renditions")]
    if pending:
        renditions = pending[0].get_rendition_model().objects.filter(filter_spec__in=specs)
        prefetch_related_objects(
            pending, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions")
        )
