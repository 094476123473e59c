"""The topic categories, each one English snippet with its translations."""

from __future__ import annotations

from wagtail.models import Locale

from rostra.demo.content.association import CATEGORIES
from rostra.news import builders
from rostra.news.models import Category


def ensure_categories() -> tuple[dict[str, dict[str, Category]], int]:
    """{key: {language: category}}; and how many categories (all languages) were new."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    result, created = {}, 0
    for key, names in CATEGORIES.items():
        name, slug, description = names["en"]
        existed = Category.objects.filter(locale=locales["en"], slug=slug).exists()
        source = builders.category("en", slug, name)
        if not existed:
            source.description = description
            source.save()
            created += 1
        result[key] = {"en": source}
        for language, (name, slug, description) in names.items():
            if language == "en":
                continue
            translation = source.get_translation_or_none(locales[language])
            if translation is None:
                translation = source.copy_for_translation(locales[language])
                translation.name, translation.slug = name, slug
                translation.description = description
                translation.save()
                created += 1
            result[key][language] = translation
    return result, created
