"""The image renditions the news templates ask for (rostra.news.renditions), made ahead so
first page views are fast."""

from __future__ import annotations

from collections.abc import Iterable

from wagtail.images import get_image_model

from rostra.news.renditions import RENDITION_SPECS


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
