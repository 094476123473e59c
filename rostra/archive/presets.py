"""Presets: how to read one kind of old site, as data (selectors, labels, patterns).

A new site builder needs only a new preset: a TOML file naming the preset it extends and the
values it changes (see the README's "Moving in"). No Django here.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGE_NAMES = {
    # The names old sites used for their languages, in links and in categories.
    "english": "en",
    "en": "en",
    "английский": "en",
    "englisch": "en",
    "英语": "en",
    "русский": "ru",
    "russian": "ru",
    "ru": "ru",
    "russisch": "ru",
    "俄语": "ru",
    "中国语": "zh-hans",
    "中文": "zh-hans",
    "汉语": "zh-hans",
    "chinese": "zh-hans",
    "китайский": "zh-hans",
    "chinesisch": "zh-hans",
    "zh": "zh-hans",
    "zh-hans": "zh-hans",
    "zh-cn": "zh-hans",
    "deutsch": "de",
    "german": "de",
    "немецкий": "de",
    "de": "de",
    "德语": "de",
}


@dataclass(frozen=True)
class Preset:
    name: str
    kind: str  # "html" (a saved copy of a site) or "wxr" (a WordPress export file)
    # --- a saved copy of a site (kind "html") ---
    # Regular expression on an old address (path): the pages that are entries.
    entry_paths: str = r"^/(news|blog|publ)/(.+/)?\d+-\d+-\d+(-\d+)*$"
    # Extensions a browser or `wget --adjust-extension` added to saved file names.
    added_extensions: tuple[str, ...] = (".html", ".htm")
    block: str = ".eBlock"
    title: str = ".eTitle"
    message: str = ".eMessage, .eText"
    details: str = ".eDetails"
    comment: str = ".cBlock, .comEnt"
    comment_name: str = ".cName, .cAuthor"
    comment_date: str = ".cDate, .cTime"
    comment_body: str = ".cMessage, .cText"
    gallery_photo: str = ".gphoto, .photo-item"
    gallery_caption: str = ".gcaption, .photo-title"
    # Labels of the details line, in every language the old site used.
    labels: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {
            "category": ("Category", "Категория", "Kategorie", "分类"),
            "views": ("Views", "Просмотров", "Aufrufe", "浏览"),
            "added_by": ("Added by", "Добавил", "Добавила", "Hinzugefügt von", "添加者"),
            "tags": ("Tags", "Теги", "Метки", "Schlagwörter", "标签"),
            "date": ("Date", "Дата", "Datum", "日期"),
        }
    )
    # Link texts of the "all photos" link to an entry's gallery.
    all_photos: tuple[str, ...] = (
        "all photos",
        "all photos of the event",
        "все фото",
        "все фотографии",
        "alle fotos",
        "所有照片",
        "全部照片",
    )
    # "July 22, Moscow (Channel TV)": the opening line of a report, read as its dateline.
    dateline: str = (
        r"^\s*(?P<date>[^,()]{3,40}),\s*(?P<place>[^,()]{2,80}?)"
        r"\s*\((?P<source>[^()]{2,120})\)\s*[.:—–-]?\s*"
    )
    date_formats: tuple[str, ...] = (
        "%d.%m.%Y, %H:%M",
        "%d.%m.%Y %H:%M",
        "%d.%m.%Y",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d",
    )
    languages: dict[str, str] = field(default_factory=lambda: dict(LANGUAGE_NAMES))
    # --- a WordPress export (kind "wxr") ---
    post_types: tuple[str, ...] = ("post",)
    views_meta: tuple[str, ...] = ("views", "post_views_count", "_views", "pvc_views")
    uploads_marker: str = "/wp-content/uploads/"

    def language_of(self, name: str) -> str | None:
        return self.languages.get(name.strip().strip("[]").strip().lower())

    def label_kind(self, label: str) -> str | None:
        label = label.strip().rstrip(":").strip().lower()
        for kind, names in self.labels.items():
            if label in (n.lower() for n in names):
                return kind
        return None


UCOZ = Preset(name="ucoz", kind="html")
WORDPRESS = Preset(name="wordpress", kind="wxr")
PRESETS = {preset.name: preset for preset in (UCOZ, WORDPRESS)}


class PresetError(ValueError):
    pass


def load(name_or_path: str) -> Preset:
    """A built-in preset by name, or a TOML file: `extends = "ucoz"` and the values to change."""
    if name_or_path in PRESETS:
        return PRESETS[name_or_path]
    path = Path(name_or_path)
    if path.suffix != ".toml" or not path.is_file():
        raise PresetError(name_or_path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise PresetError(f"{path}: {error}") from error
    base = PRESETS.get(data.pop("extends", "ucoz"))
    if base is None:
        raise PresetError(f"{path}: extends must be one of {', '.join(PRESETS)}")
    known = {f.name for f in dataclasses.fields(Preset)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise PresetError(f"{path}: unknown settings {', '.join(unknown)}")
    changes = {}
    for key, value in data.items():
        if key == "labels":
            value = {**base.labels, **{k: tuple(v) for k, v in value.items()}}
        elif key == "languages":
            value = {**base.languages, **{k.lower(): v for k, v in value.items()}}
        elif isinstance(value, list):
            value = tuple(value)
        changes[key] = value
    changes.setdefault("name", path.stem)
    return dataclasses.replace(base, **changes)
