"""The demo site's words, as data: association.yaml (names, places, categories, editors),
photos.yaml (the drawn pictures) and stories/*.yaml (one report per file, every language's
text side by side). All of it is invented for Rostra's demo.

A file is read into the types of rostra.demo.content.types; a misspelt key, a missing one or
a value of the wrong kind raises ContentError naming the file and the key."""

from __future__ import annotations

import datetime
import functools
from pathlib import Path
from typing import Any, TypeVar

import dacite
import yaml
from django.conf import settings

from rostra.demo.content.types import Association, H, Img, P, Photo, Q, Story, Text, Video

# Every story's date is counted back from this day, so that each load gives the same dates.
ANCHOR = datetime.date(2026, 11, 20)
FOLDER = Path(__file__).resolve().parent

T = TypeVar("T")


class ContentError(ValueError):
    """A demo data file that cannot be read into its type."""


def read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ContentError(f"{path}: not valid YAML: {error}") from error


def build(kind: type[T], data: Any, path: Path, where: str = "") -> T:
    """`data` as a `kind`, every key checked (unknown keys too)."""
    config = dacite.Config(strict=True, strict_unions_match=False, cast=[tuple, float])
    try:
        return dacite.from_dict(kind, data, config=config)
    except dacite.DaciteError as error:
        raise ContentError(f"{path}{':' + where if where else ''}: {error}") from error


def configured_languages() -> list[str]:
    """The site's languages, in settings order: the demo loads what it has for each."""
    return [code for code, _name in settings.LANGUAGES]


def in_language(texts: dict[str, T], language: str) -> T:
    """A language's text, or the English one where the data has none (a fifth language)."""
    return texts[language] if language in texts else texts["en"]


@functools.cache
def association() -> Association:
    path = FOLDER / "association.yaml"
    return build(Association, read_yaml(path), path)


@functools.cache
def photos() -> tuple[Photo, ...]:
    path = FOLDER / "photos.yaml"
    return tuple(build(Photo, item, path, f"[{n}]") for n, item in enumerate(read_yaml(path) or []))


BLOCKS = {"p": P, "h": H, "quote": Q, "image": Img, "video": Video}


def _block(data: Any, path: Path, where: str):
    kind = (
        next((BLOCKS[key] for key in data if key in BLOCKS), None)
        if isinstance(data, dict)
        else None
    )
    if kind is None:
        raise ContentError(f"{path}:{where}: a block is one of {', '.join(BLOCKS)}, not {data!r}")
    return build(kind, data, path, where)


def read_story(path: Path) -> Story:
    """One story file; each text and each block is checked on its own, so that an error
    names where it is (texts.ru.body[3])."""
    data = read_yaml(path)
    if not isinstance(data, dict) or "key" in data or not isinstance(data.get("texts"), dict):
        raise ContentError(
            f"{path}: a story is a mapping with `texts` by language (its key is the file name)"
        )
    texts = {}
    for language, text in data["texts"].items():
        where = f"texts.{language}"
        if not isinstance(text, dict) or not isinstance(text.get("body"), list):
            raise ContentError(f"{path}:{where}: a text has a title, a slug, a lead and a body")
        body = [_block(block, path, f"{where}.body[{n}]") for n, block in enumerate(text["body"])]
        texts[language] = build(Text, {**text, "body": []}, path, where)
        texts[language].body = body
    story = build(Story, {**data, "texts": {}, "key": path.stem}, path)
    story.texts = texts
    return story


@functools.cache
def _stories() -> tuple[Story, ...]:
    stories = [read_story(path) for path in sorted((FOLDER / "stories").glob("*.yaml"))]
    # Oldest first: pages are created in the order they happened.
    return tuple(sorted(stories, key=lambda story: (-story.days_before, story.key)))


def all_stories() -> list[Story]:
    return list(_stories())


def problems() -> list[str]:
    """What is inconsistent in the content (unknown photos, places, categories, languages or
    owners, duplicate slugs, missing captions); empty when all is well."""
    site = association()
    keys = {photo.key for photo in photos()}
    owners = {editor.username for editor in site.editors}
    found, used = [], set()
    slugs: dict[str, set[str]] = {language: set() for language in site.languages}
    if len(keys) != len(photos()) or len({p.title for p in photos()}) != len(photos()):
        found.append("photo keys and titles must be unique")
    for story in all_stories():
        where = story.key
        if story.place not in site.places:
            found.append(f"{where}: unknown place {story.place}")
        if story.category not in site.categories:
            found.append(f"{where}: unknown category {story.category}")
        wanted = [story.lead_photo, *story.gallery] if story.lead_photo else [*story.gallery]
        for language, text in story.texts.items():
            if language not in slugs:
                found.append(f"{where}: unknown language {language}")
                continue
            if text.slug in slugs[language] or not text.slug.isascii():
                found.append(f"{where}/{language}: slug {text.slug} repeated or not ASCII")
            slugs[language].add(text.slug)
            if text.owner and text.owner not in owners:
                found.append(f"{where}/{language}: unknown owner {text.owner}")
            if len(text.captions) != len(story.gallery):
                found.append(f"{where}/{language}: one caption per gallery photo")
            for block in text.body:
                if isinstance(block, Img):
                    wanted.append(block.image)
                elif isinstance(block, Video) and block.poster:
                    wanted.append(block.poster)
        for key in wanted:
            if key not in keys:
                found.append(f"{where}: unknown photo {key}")
        used.update(wanted)
    found += [f"photo {key} is not used" for key in sorted(keys - used)]
    return found
