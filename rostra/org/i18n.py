"""Per-language values kept in parallel fields: `name_en`, `name_ru`, `name_zh_hans`, `name_de`.

The registry is data, not pages: a unit or a person has one record with a value per language,
so the helpers below pick the active language's value and fall back to English, then to any
language that has one, then to the record's original (e.g. a name in its own script).
"""

from __future__ import annotations

from django.conf import settings
from django.utils import translation


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def suffix(language: str) -> str:
    """The field-name suffix of a language code: zh-hans -> zh_hans."""
    return language.replace("-", "_").lower()


def field_names(base: str) -> list[str]:
    return [f"{base}_{suffix(code)}" for code in language_codes()]


def localized(obj: object, base: str, language: str | None = None, fallback: str = "") -> str:
    """The value of `base` for `language` (default: the active one), with fallbacks.

    Order: the language itself, English, the other languages in settings order, then the
    attribute named by `fallback` (e.g. "original_name").
    """
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    order = [language, settings.LANGUAGE_CODE, *language_codes()]
    for code in order:
        value = getattr(obj, f"{base}_{suffix(code)}", "")
        if value:
            return value
    return getattr(obj, fallback, "") if fallback else ""
