"""Each language's page has its own address, written in ASCII: a Russian title is
transliterated (iuliia, the Wikipedia scheme), a Chinese one written in pinyin (pypinyin),
German umlauts spelt out (ä → ae); python-slugify does the rest.

The rule for an article (LanguageSlugMixin): while it has never been published, a slug that
is empty, not ASCII, or still the one copied from another language's version of the page is
replaced by one made from the title (or from the slug itself, when an editor typed one in
another script). Once published, the slug is the editors' to change; Wagtail's redirects
(WAGTAILREDIRECTS_AUTO_CREATE) keep the old address working when they do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import iuliia  # type: ignore[import-untyped]
from pypinyin import lazy_pinyin
from slugify import slugify
from wagtail.coreutils import find_available_slug

MAX_LENGTH = 80
GERMAN = [["ä", "ae"], ["ö", "oe"], ["ü", "ue"], ["Ä", "Ae"], ["Ö", "Oe"], ["Ü", "Ue"], ["ß", "ss"]]


def _has_han(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def slug_for(text: str, language: str = "en") -> str:
    """An ASCII slug for `text` written in `language` (cut at a word, at most 80 characters);
    empty when nothing in it can be written in ASCII."""
    if _has_han(text):
        # One syllable per character; other runs (Latin words, digits) are kept as they are.
        text = " ".join(lazy_pinyin(text, errors=lambda chars: chars))
    if _has_cyrillic(text):
        text = iuliia.WIKIPEDIA.translate(text)
    replacements = GERMAN if language.startswith("de") else []
    return slugify(text, max_length=MAX_LENGTH, word_boundary=True, replacements=replacements)


def needs_language_slug(page) -> bool:
    """True while an unpublished page's slug is empty, not ASCII, or another language's."""
    if page.live or page.first_published_at is not None:
        return False
    if not page.slug or not page.slug.isascii():
        return True
    return (
        type(page)
        .objects.filter(translation_key=page.translation_key, slug=page.slug)
        .exclude(pk=page.pk)
        .exclude(locale_id=page.locale_id)
        .exists()
    )


def language_code(page) -> str:
    locale = page.locale if page.locale_id else None
    return locale.language_code if locale else "en"


if TYPE_CHECKING:
    from wagtail.models import Page as _PageBase  # what the mixin is mixed into
else:
    _PageBase = object


class LanguageSlugMixin(_PageBase):
    """For a Page model: the slug rule above, applied whenever the page is cleaned (each save
    and each revision of a draft)."""

    slug: str  # the page's (an annotation only: Wagtail's Page defines the field)

    def _set_core_field_defaults(self) -> None:
        # Wagtail fills an empty slug here, from the title and in the title's script; this
        # runs first so that the page gets its language's ASCII slug instead. (Needs the
        # tree path, to keep the slug unique among the page's siblings.)
        if self.path and needs_language_slug(self):
            source = self.slug if self.slug and not self.slug.isascii() else self.title
            base = slug_for(source or "", language_code(self))
            if base:
                parent = self.get_parent() if self.depth and self.depth > 1 else None
                self.slug = (
                    find_available_slug(parent, base, ignore_page_id=self.pk) if parent else base
                )
        super()._set_core_field_defaults()
