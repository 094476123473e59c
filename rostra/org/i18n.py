"""Per-language values kept in parallel fields: `name_en`, `name_ru`, `name_zh_hans`, `name_de` …

The registry and events are data, not pages: a unit or a person has one record with a value per
language. The fields are generated from `settings.LANGUAGES` by django-translated-fields
(`translated` below): a language added in settings gets its columns (`name_es`) without code.

Why django-translated-fields and not django-modeltranslation: it keeps the columns we already
had (`title_zh_hans` …), adds no column without a suffix and no manager or query rewriting, and
is declared on the field itself, so `name = translated(CharField(...))` is the whole story.
Reading `obj.name` goes through `localized`: the active language, then the default language,
then any language that has a value, then the record's original (e.g. a name in its own script).
"""

from __future__ import annotations

from django.conf import settings
from django.utils import translation
from django.utils.functional import lazy
from django.utils.translation import gettext
from translated_fields import TranslatedField


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_choices() -> list[tuple[str, str]]:
    """The configured languages as field choices (a callable: no migration when they change)."""
    return list(settings.LANGUAGES)


def suffix(language: str) -> str:
    """The field-name suffix of a language code: zh-hans -> zh_hans."""
    return language.replace("-", "_").lower()


def field_names(base: str) -> list[str]:
    return [f"{base}_{suffix(code)}" for code in language_codes()]


def localized(obj: object, base: str, language: str | None = None, fallback: str = "") -> str:
    """The value of `base` for `language` (default: the active one), with fallbacks.

    Order: the language itself, the default language, the other languages in settings order,
    then the attribute named by `fallback` (e.g. "original_name").
    """
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    order = [language, settings.LANGUAGE_CODE, *language_codes()]
    for code in order:
        value = getattr(obj, f"{base}_{suffix(code)}", "")
        if value:
            return value
    return getattr(obj, fallback, "") if fallback else ""


def language_name(code: str) -> str:
    """A site language's name in the active language ("Chinese", «китайский»)."""
    info = translation.get_language_info(code)
    return str(info.get("name_translated") or info["name"])


def _verbose_name(label, code: str):
    def render() -> str:
        return gettext("%(field)s (%(language)s)") % {
            "field": str(label),
            "language": language_name(code),
        }

    return lazy(render, str)()


def _fallback_getter(fallback: str):
    def attrgetter(name, field):
        return lambda obj: localized(obj, name, fallback=fallback)

    return attrgetter


class _TranslatedField(TranslatedField, property):
    """Also a `property` to Django, so `Event(city="Moscow")` and `update_or_create(defaults=
    {"city": …})` set the active language's value, as assigning `event.city = …` does."""

    @property
    def fset(self):  # Django checks a property's setter before using it in `defaults`
        return self.__set__


def translated(field, *, required: bool = False, fallback: str = "") -> TranslatedField:
    """One field per configured language, read with `localized`'s fallback rule.

    `required`: the default language's value must be given (the others may stay empty).
    """
    label = field.verbose_name
    specific = {
        code: {
            "verbose_name": _verbose_name(label, code),
            "blank": not required or code != settings.LANGUAGE_CODE,
        }
        for code in language_codes()
    }
    return _TranslatedField(field, specific, attrgetter=_fallback_getter(fallback))


def person_name(person, language: str | None = None) -> str:
    """A person's name in the reader's script: the language's own spelling when it exists
    ("李伟" on Chinese pages, "Ли Вэй" on Russian ones), else the fallback rule of names.
    Never two scripts at once: that is for the registry's own lists (`str(person)`)."""
    if person is None:
        return ""
    return localized(person, "name", language, fallback="original_name")
