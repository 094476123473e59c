"""Template tags for every page: the language switcher, hreflang alternates, canonical URLs."""

from __future__ import annotations

import functools
import html
import logging
import uuid
from collections.abc import Sequence
from typing import Any

from django import template
from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import connection
from django.http import HttpRequest
from django.template import Context
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.images.models import AbstractImage, AbstractRendition, Filter, SourceImageIOError
from wagtail.models import Locale, Page

from rostra.core.addresses import absolute
from rostra.core.routing import find_site, site_root_paths

log = logging.getLogger("rostra.images")
register = template.Library()

# {"code", "name", "url"} and, once the switcher has marked it, "current".
LanguageLink = dict[str, Any]


def _live_translations(translation_key: uuid.UUID) -> list[tuple[str, str]]:
    """(url_path, language code) of every live page sharing `translation_key`: the page and its
    translations. In SQL: it runs on every page view, and building it through the ORM cost
    more than the database's answer."""
    page = connection.ops.quote_name(Page._meta.db_table)
    locale = connection.ops.quote_name(Locale._meta.db_table)
    # The key as the backend stores it (SQLite: 32 hex digits; PostgreSQL: a uuid).
    key = Page._meta.get_field("translation_key").get_db_prep_value(translation_key, connection)
    with connection.cursor() as cursor:
        cursor.execute(
            # Quoted table names; the value is a parameter.
            f"SELECT p.url_path, l.language_code FROM {page} p"  # noqa: S608
            f" JOIN {locale} l ON l.id = p.locale_id"
            " WHERE p.translation_key = %s AND p.live",
            [key],
        )
        rows: list[tuple[str, str]] = cursor.fetchall()
        return rows


def _page_language_links(page: Page, request: HttpRequest) -> list[LanguageLink]:
    """Links to the live translations of `page`, from one light query.

    The URL is built the way Wagtail builds it (the page's url_path below its locale's site
    root, reversed in that language) without loading each translation as a page object.
    """
    roots = site_root_paths(find_site(request))
    by_code: dict[str, str] = {}
    for url_path, code in _live_translations(page.translation_key):
        root_path = roots.get(code)
        if root_path and url_path.startswith(root_path):
            with translation.override(code):
                by_code[code] = reverse("wagtail_serve", args=(url_path[len(root_path) :],))
    return [
        {"code": code, "name": name, "url": by_code[code]}
        for code, name in settings.LANGUAGES
        if code in by_code
    ]


def _view_language_links(request: HttpRequest) -> list[LanguageLink]:
    path = request.path
    return [
        {"code": code, "name": name, "url": translate_url(path, code)}
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def language_links(context: Context) -> list[LanguageLink]:
    """The languages this page exists in, each with its URL; memoised on the request.

    A Wagtail page links only to its live translations; any other view (search, errors)
    exists in every language.
    """
    request = context.get("request")
    if request is None:
        return []
    cached: list[LanguageLink] | None = getattr(request, "_rostra_language_links", None)
    if cached is not None:
        return cached
    page = context.get("page")
    links = (
        _page_language_links(page, request)
        if isinstance(page, Page)
        and getattr(request, "resolver_match", None) is not None
        and not getattr(request, "is_preview", False)
        else _view_language_links(request)
    )
    current = translation.get_language()
    for link in links:
        link["current"] = link["code"] == current
    request._rostra_language_links = links
    return links


@register.simple_tag(takes_context=True)
def absolute_url(context: Context, url: str = "") -> str:
    """`url` (default: this page's path) made absolute with SITE_URL."""
    request = context.get("request")
    if not url and request is not None:
        url = request.path
    return absolute(url)


@register.filter
def public_url(page: Page | None) -> str:
    """A page's address under SITE_URL (e-mails: never the Site record's host, "localhost")."""
    parts = page.get_url_parts() if page is not None else None
    if not parts:
        return ""
    return absolute(parts[2])


@register.filter
def html_lang(code: str) -> str:
    """BCP 47 for the lang attribute: Django's zh-hans is zh-Hans."""
    return "zh-Hans" if code == "zh-hans" else code


_OG_LOCALES = {"en": "en_US", "ru": "ru_RU", "zh-hans": "zh_CN", "de": "de_DE"}


@register.filter
def og_locale(code: str) -> str:
    """OpenGraph's og:locale is language_TERRITORY (en_US), not a BCP 47 tag."""
    return _OG_LOCALES.get(code, code.replace("-", "_"))


@functools.lru_cache(maxsize=256)
def _filters(spec: str) -> tuple[Filter, ...]:
    """The parsed filters of a spec, kept: Wagtail parses a spec anew on every use (its
    operations are checked with `inspect`), a large part of a photo-heavy page's time."""
    return tuple(Filter(spec=s) for s in Filter.expand_spec(spec))


def rendition(image: AbstractImage, spec: str) -> AbstractRendition | None:
    """`image`'s rendition for one spec (e.g. "width-1600"), with the parsed filter reused;
    None when it has to be made and the photo's file is missing (see `_renditions`)."""
    (only,) = _filters(spec)
    found = _renditions(image, [only])
    return found[only.spec] if found else None


def _renditions(image: AbstractImage, filters: Sequence[Filter]) -> dict[str, AbstractRendition]:
    """The renditions, or {} (and a warning in the log) when one has to be made from a photo
    whose file is missing (lost media, a restored database without its files): the page shows
    no picture there rather than an error page for every reader."""
    try:
        # get_renditions, not get_rendition: the latter writes every rendition to the cache
        # again (a pickle per photo per page), even one that was just read from a prefetch.
        return dict(image.get_renditions(*filters))
    except SourceImageIOError:
        log.warning("image %s: its file %s is missing", image.pk, image.file.name)
        return {}


register.simple_tag(rendition, name="rendition")


_FILE_URLS: dict[tuple[str, str], str] = {}
_FILE_URLS_KEPT = 50_000


def rendition_url(rendition: AbstractRendition) -> str:
    """`rendition.url`, remembered per file for local storage: a photo-heavy page asks for
    dozens, and each is an urljoin and a quote of a name that never changes."""
    file = rendition.file
    storage = file.storage
    if not isinstance(storage, FileSystemStorage):  # remote storage may sign its URLs
        return str(file.url)
    key = (storage.base_url, file.name)
    url = _FILE_URLS.get(key)
    if url is None:
        url = file.url
        if len(_FILE_URLS) < _FILE_URLS_KEPT:
            _FILE_URLS[key] = url
    return url


@register.simple_tag
def image_url(image: AbstractImage | None, spec: str) -> str:
    """The URL of one rendition: `{% image x spec as r %}{{ r.url }}` without reparsing."""
    found = rendition(image, spec) if image is not None else None
    return rendition_url(found) if found is not None else ""


@register.simple_tag
def responsive_image(image: AbstractImage | None, spec: str, **attrs: object) -> str:
    """An <img> with a srcset of the renditions `spec` names (braces allowed: width-{480,800}).

    Like Wagtail's srcset_image, but a photo smaller than a requested width, which Wagtail does
    not upscale, gives one candidate per real width: HTML forbids two with the same descriptor.
    """
    if image is None:
        return ""
    renditions = _renditions(image, _filters(spec)).values()
    if not renditions:
        return ""
    by_width: dict[int, Any] = {}
    for rendition in renditions:
        by_width.setdefault(rendition.width, rendition)
    candidates = [by_width[w] for w in sorted(by_width)]
    fallback = candidates[0]
    attributes = {
        "src": rendition_url(fallback),
        "width": fallback.width,
        "height": fallback.height,
        "srcset": ", ".join(f"{rendition_url(r)} {r.width}w" for r in candidates),
        **attrs,
    }
    attributes.setdefault("alt", "")
    return mark_safe(f"<img{html_attributes(attributes)}>")  # noqa: S308 (values escaped)


def html_attributes(attributes: dict[str, object]) -> str:
    """` name="value"` for each attribute that is not None, values escaped.

    Plain `html.escape` rather than format_html: a photo-heavy page builds hundreds of these,
    and format_html's per-value machinery was a measurable share of its render time.
    """
    return "".join(
        f' {name}="{html.escape(str(value))}"'
        for name, value in attributes.items()
        if value is not None
    )


@register.simple_tag
def json_ld(data: dict[str, Any]) -> str:
    """Structured data (schema.org) for search engines and link previews: a data block, not
    a script, so a Content-Security-Policy does not stop it."""
    import json

    # Private in Django (json_script's table), absent from its stubs.
    from django.utils.html import _json_script_escapes  # type: ignore[attr-defined]
    from django.utils.safestring import mark_safe

    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(
        _json_script_escapes
    )
    # Escaped as Django's json_script escapes: no "<", ">" or "&" can close the block.
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
