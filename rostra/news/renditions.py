"""The image renditions the news templates use, in one place.

Keep these in step with the {% image %} and {% responsive_image %} tags in templates/news/ (a
spec such as width-{480,800} is listed one by one; a test checks it). The article page
prefetches the ones it shows, and the demo loader makes them all ahead so first views are fast.
"""

from __future__ import annotations

RENDITION_SPECS: dict[str, tuple[str, ...]] = {
    # article_page.html: the lead photo and its og:image
    "lead": ("width-480", "width-800", "width-1200", "fill-1200x630"),
    # includes/article_card.html: the card in listings and on the home page...
    "card": ("fill-480x300", "fill-960x600"),
    # ...and the home page's first featured card (lead_story), only for featured articles
    "lead_story": ("fill-640x400", "fill-1280x800"),
    # includes/gallery_grid.html (grid, lightbox) and article_photo.html (one photo)
    "gallery": ("fill-320x240", "fill-640x480", "width-800", "width-1600"),
    # blocks/image.html
    "body": ("width-480", "width-800", "width-1200"),
    # blocks/video.html
    "poster": ("width-800",),
}

# The gallery grid (news_tags.gallery_grid) builds its HTML in Python, with these specs.
GALLERY_THUMBS = "fill-{320x240,640x480}"
GALLERY_FULL = "width-1600"

ARTICLE_PAGE_SPECS: frozenset[str] = frozenset(
    spec for role in ("lead", "gallery", "body", "poster") for spec in RENDITION_SPECS[role]
)
