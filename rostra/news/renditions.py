"""The image renditions the news templates use, in one place.

Keep these in step with the {% image %} and {% srcset_image %} tags in templates/news/ (a
srcset spec such as width-{480,800} is listed one by one). The article page prefetches exactly
these, and the demo loader makes them ahead so that first views are fast.
"""

from __future__ import annotations

RENDITION_SPECS: dict[str, tuple[str, ...]] = {
    # article_page.html (lead, og:image) and includes/article_card.html (listings, home)
    "lead": (
        "width-480",
        "width-800",
        "width-1200",
        "fill-1200x630",
        "fill-480x300",
        "fill-960x600",
        "fill-640x400",
        "fill-1280x800",
    ),
    # includes/gallery_grid.html (grid, lightbox) and article_photo.html (one photo)
    "gallery": ("fill-320x240", "fill-640x480", "width-800", "width-1600"),
    # blocks/image.html
    "body": ("width-480", "width-800", "width-1200"),
    # blocks/video.html
    "poster": ("width-800",),
}

ALL_SPECS: frozenset[str] = frozenset(s for specs in RENDITION_SPECS.values() for s in specs)
