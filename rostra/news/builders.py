"""Building blocks for making site content in code: the demo loader and the tests use them.

The ones production code uses too (the language trees, a new article) live in
rostra.news.content and are offered here as well, so that a test or the demo finds every
builder in one place.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale

from rostra.news.content import create_article, english_home, locale_tree
from rostra.news.models import ArticlePage, Category

__all__ = [
    "category",
    "create_article",
    "english_home",
    "locale_tree",
    "make_image",
    "translate_article",
]


def make_image(
    title: str,
    color: tuple[int, int, int] = (30, 90, 140),
    size: tuple[int, int] = (1600, 1067),
    label: str = "",
    draw_extra: Callable[[ImageDraw.ImageDraw, tuple[int, int]], None] | None = None,
):
    """An image made with Pillow (a gradient and a label), stored as a Wagtail image.
    `draw_extra(draw, size)`, if given, draws more (shapes, text) over the gradient."""
    width, height = size
    picture = PILImage.new("RGB", size, color)
    draw = ImageDraw.Draw(picture)
    for y in range(0, height, 8):
        shade = tuple(min(255, c + y * 60 // height) for c in color)
        draw.rectangle([0, y, width, y + 8], fill=shade)
    if draw_extra is not None:
        draw_extra(draw, size)
    if label:
        draw.text((width // 20, height - height // 8), label, fill=(255, 255, 255))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82)
    name = "".join(ch if ch.isalnum() else "-" for ch in title.lower())[:60] or "image"
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name=f"{name}.jpg"))


def category(language: str, slug: str, name: str) -> Category:
    locale = Locale.objects.get(language_code=language)
    obj, _ = Category.objects.get_or_create(locale=locale, slug=slug, defaults={"name": name})
    return obj


def translate_article(article: ArticlePage, language: str, **fields) -> ArticlePage:
    """A translation of `article` into `language` (its news index must exist there)."""
    locale = Locale.objects.get(language_code=language)
    translation = article.copy_for_translation(locale, copy_parents=False)
    tags = fields.pop("tags", None)
    captions = fields.pop("captions", None)
    for name, value in fields.items():
        setattr(translation, name, value)
    if "title" in fields:
        translation.draft_title = fields["title"]
    translation.save()
    if captions:
        for item, caption in zip(translation.gallery_images.all(), captions, strict=False):
            item.caption = caption
            item.save()
    if tags is not None:
        translation.tags.set(tags, clear=True)
    translation.save_revision(user=article.owner).publish(
        user=article.owner, skip_permission_checks=True
    )
    return ArticlePage.objects.get(pk=translation.pk)
