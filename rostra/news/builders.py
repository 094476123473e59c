"""Building blocks for making site content in code: the demo loader and the tests use them."""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale

from rostra.news.models import ArticlePage, Category, HomePage, NewsIndexPage


def english_home() -> HomePage:
    return HomePage.objects.get(locale__language_code="en")


def locale_tree(
    language: str,
    home_title: str | None = None,
    news_title: str | None = None,
    news_slug: str | None = None,
) -> NewsIndexPage:
    """The news index of `language`, creating the translated home and news pages if needed."""
    locale = Locale.objects.get(language_code=language)
    source_home = english_home()
    home = source_home.get_translation_or_none(locale)
    if home is None:
        home = source_home.copy_for_translation(locale)
        if home_title:
            home.title = home.draft_title = home_title
        home.save_revision().publish()
    source_index = NewsIndexPage.objects.get(locale=source_home.locale)
    index = source_index.get_translation_or_none(locale)
    if index is None:
        index = source_index.copy_for_translation(locale)
        if news_title:
            index.title = index.draft_title = news_title
        if news_slug:
            index.slug = news_slug
        index.save_revision().publish()
    return NewsIndexPage.objects.get(pk=index.pk)


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


def create_article(
    index: NewsIndexPage,
    *,
    title: str,
    slug: str | None = None,
    date: datetime.date | None = None,
    place: str = "",
    source: str = "",
    lead: str = "",
    body: list | None = None,
    lead_image=None,
    gallery: list[tuple] | None = None,
    tags: list[str] | None = None,
    category: Category | None = None,
    owner=None,
    featured: bool = False,
    publish: bool = True,
) -> ArticlePage:
    """An article under `index`; `gallery` is a list of (image, caption)."""
    article = ArticlePage(
        title=title,
        slug=slug or "",
        date=date or datetime.date.today(),
        place=place,
        source=source,
        lead=lead,
        body=body or [],
        lead_image=lead_image,
        category=category,
        owner=owner,
        featured=featured,
        locale=index.locale,
        live=False,
    )
    index.add_child(instance=article)
    for position, (image, caption) in enumerate(gallery or []):
        # The admin's inline panel numbers the photos; code must too, or their order is
        # whatever the database returns.
        article.gallery_images.create(
            image=image, caption=caption, locale=index.locale, sort_order=position
        )
    if tags:
        article.tags.add(*tags)
    revision = article.save_revision(user=owner)
    if publish:
        revision.publish(user=owner, skip_permission_checks=True)
    return ArticlePage.objects.get(pk=article.pk)


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
