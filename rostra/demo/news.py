"""The demo reports: each story becomes an article in its source language and Wagtail
translations of it in its other languages. A story already loaded is found again by its
slug under the language's news index, so loading twice creates nothing twice."""

from __future__ import annotations

import datetime
import uuid
import zlib
from dataclasses import dataclass, field

from django.utils import timezone
from wagtail.models import Locale

from rostra.demo.content import ANCHOR, association, configured_languages, in_language
from rostra.demo.content.types import H, Img, P, Q, Story, Text, Video
from rostra.news import builders
from rostra.news.models import ArticlePage, ArticleStats, NewsIndexPage

# A translation's share of the source's view count: fewer readers read the other languages.
VIEW_SHARE = {"en": 0.9, "ru": 0.75, "zh-hans": 0.6, "de": 0.5}
BLOCK_IDS = uuid.UUID("6f1c2b1e-6d2a-4d0e-9a57-3c1d8e7f0a42")


@dataclass
class Context:
    indexes: dict[str, NewsIndexPage]
    categories: dict[str, dict]
    users: dict[str, object]
    images: dict[str, object]
    locales: dict[str, Locale] = field(default_factory=dict)
    created: list[ArticlePage] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.locales = {index.locale.language_code: index.locale for index in self.indexes.values()}


def story_date(story: Story) -> datetime.date:
    return ANCHOR - datetime.timedelta(days=story.days_before)


def _paragraph(html: str) -> str:
    return html if html.lstrip().startswith("<") else f"<p>{html}</p>"


def body_data(story: Story, text: Text, images: dict) -> list[dict]:
    """The body as StreamField data. Block ids derive from the story and the block's
    position, so the same block has the same id in every language, as in translations."""
    data = []
    for position, block in enumerate(text.body):
        match block:
            case P(p=html):
                kind, value = "paragraph", _paragraph(html)
            case H(h=heading):
                kind, value = "heading", heading
            case Q(quote=quote, speaker=speaker, role=role):
                kind, value = "quote", {"text": quote, "speaker": speaker, "role": role}
            case Img(image=photo, caption=caption):
                kind, value = "image", {"image": images[photo].pk, "caption": caption}
            case Video(video=url, title=title, poster=poster):
                kind = "video"
                value = {
                    "file": None,
                    "url": url,
                    "title": title,
                    "poster": images[poster].pk if poster else None,
                }
            case _:
                raise TypeError(f"{story.key}: unknown block {block!r}")
        block_id = str(uuid.uuid5(BLOCK_IDS, f"{story.key}:{position}"))
        data.append({"type": kind, "value": value, "id": block_id})
    return data


def view_count(story: Story, language: str, is_source: bool) -> int:
    share = 1.0 if is_source else VIEW_SHARE.get(language, 0.5)
    jitter = zlib.crc32(f"{story.key}/{language}".encode()) % 97
    return int(story.views * share) + jitter


def _fields(story: Story, language: str, ctx: Context) -> dict:
    text = story.texts[language]
    site = association()
    return {
        "title": text.title,
        "slug": text.slug,
        "place": in_language(site.places[story.place], language),
        "source": in_language(site.source, language),
        "lead": text.lead,
        "body": body_data(story, text, ctx.images),
        "tags": text.tags,
        "category": ctx.categories[story.category][language],
        "owner": ctx.users[text.owner or site.default_owner[language]],
        "featured": language in story.featured,
    }


def _after_create(page: ArticlePage, story: Story, language: str, is_source: bool) -> None:
    """A created article's view count and publication time (the morning of its date)."""
    ArticleStats.objects.update_or_create(
        page=page, defaults={"views": view_count(story, language, is_source)}
    )
    published = timezone.make_aware(
        datetime.datetime.combine(story_date(story), datetime.time(9, 30))
    )
    ArticlePage.objects.filter(pk=page.pk).update(
        first_published_at=published, last_published_at=published
    )


def load_story(story: Story, ctx: Context) -> int:
    """Create what is missing of `story` in the configured languages; returns how many
    articles were created. (A story's language the site does not have is left out.)"""
    configured = set(configured_languages())
    languages = [language for language in story.texts if language in configured]
    if not languages or languages[0] != next(iter(story.texts)):
        return 0  # its source language is not configured
    source_language = languages[0]
    source_text = story.texts[source_language]
    index = ctx.indexes[source_language]
    created = 0
    source = ArticlePage.objects.child_of(index).filter(slug=source_text.slug).first()
    if source is None:
        fields = _fields(story, source_language, ctx)
        gallery = [
            (ctx.images[key], caption)
            for key, caption in zip(story.gallery, source_text.captions, strict=True)
        ]
        source = builders.create_article(
            index,
            date=story_date(story),
            lead_image=ctx.images[story.lead_photo] if story.lead_photo else None,
            gallery=gallery,
            **fields,
        )
        _after_create(source, story, source_language, is_source=True)
        ctx.created.append(source)
        created += 1
    for language in languages[1:]:
        if source.get_translation_or_none(ctx.locales[language]) is not None:
            continue
        text = story.texts[language]
        if len(text.captions) != len(story.gallery):
            raise ValueError(f"{story.key}/{language}: one caption per gallery photo")
        translation = builders.translate_article(
            source, language, captions=text.captions, **_fields(story, language, ctx)
        )
        _after_create(translation, story, language, is_source=False)
        ctx.created.append(translation)
        created += 1
    return created


def load_stories(stories: list[Story], ctx: Context) -> int:
    return sum(load_story(story, ctx) for story in stories)
