"""The image renditions the news templates ask for, made ahead so first page views are fast.

Keep RENDITION_SPECS in step with the {% image %} / {% srcset_image %} tags in
rostra/news/templates/news/ (srcset specs such as width-{480,800} are listed one by one).
"""

from __future__ import annotations

from collections.abc import Iterable

from wagtail.images import get_image_model

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


def specs_by_image(articles: Iterable) -> dict[int, tuple[object, set[str]]]:
    """{image pk: (image, specs)} for the lead, gallery and body images of `articles`."""
    wanted: dict[int, tuple[object, set[str]]] = {}

    def want(image, role: str) -> None:
        if image is not None:
            wanted.setdefault(image.pk, (image, set()))[1].update(RENDITION_SPECS[role])

    for article in articles:
        want(article.lead_image, "lead")
        want(article.lead_image, "card")
        if article.featured:
            want(article.lead_image, "lead_story")
        for item in article.gallery_images.select_related("image"):
            want(item.image, "gallery")
        for block in article.body:
            if block.block_type == "image":
                want(block.value["image"], "body")
            elif block.block_type == "video":
                want(block.value.get("poster"), "poster")
    return wanted


def pregenerate(articles: Iterable) -> int:
    """Make the missing renditions of the articles' images; returns how many were made.
    Wagtail finds existing renditions first, so a second run makes nothing new."""
    wanted = specs_by_image(articles)
    Rendition = get_image_model().get_rendition_model()
    before = Rendition.objects.count()
    for image, specs in wanted.values():
        image.get_renditions(*sorted(specs))
    return Rendition.objects.count() - before
