"""The topic categories, each one English snippet with its translations."""

from __future__ import annotations

from wagtail.models import Locale

from rostra.demo.content import association, configured_languages, in_language
from rostra.news import builders
from rostra.news.models import Category


def ensure_categories() -> tuple[dict[str, dict[str, Category]], int]:
    """{key: {language: category}} for every configured language (one the data does not
    have gets the English words); and how many categories (all languages) were new."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    result, created = {}, 0
    for key, texts in association().categories.items():
        english = texts["en"]
        existed = Category.objects.filter(locale=locales["en"], slug=english.slug).exists()
        source = builders.category("en", english.slug, english.name)
        if not existed:
            source.description = english.description
            source.save()
            created += 1
        result[key] = {"en": source}
        for language in configured_languages():
            if language == "en" or language not in locales:
                continue
            translation = source.get_translation_or_none(locales[language])
            if translation is None:
                text = in_language(texts, language)
                translation = source.copy_for_translation(locales[language])
                translation.name, translation.slug = text.name, text.slug
                translation.description = text.description
                translation.save()
                created += 1
            result[key][language] = translation
    return result, created
