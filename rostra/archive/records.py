"""What a source yields, before anything is written: plain data, no Django.

A source (uCoz mirror, WordPress export) turns the old site into `Entry` records grouped into
stories (`Story`: the language versions of one report); the importer writes them.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path


class EntryError(Exception):
    """An entry that cannot be imported; the message says why, for the report."""


@dataclass
class Photo:
    """A photo of the old site: its address there and the local file it was found as
    (None: not in the copy)."""

    src: str
    path: Path | None
    caption: str = ""


@dataclass
class Comment:
    key: str
    name: str
    body: str
    date: datetime.datetime | None = None
    parent_key: str = ""


@dataclass
class Entry:
    key: str  # old address (uCoz) or guid (WordPress): what makes a second run an update
    old_url: str
    title: str
    date: datetime.date
    language: str = ""
    published_at: datetime.datetime | None = None
    slug: str = ""
    place: str = ""
    source: str = ""
    lead: str = ""
    # Article body as StreamField data: [("paragraph", html), ("heading", text),
    # ("quote", {"text", "speaker"}), ("image", Photo)].
    body: list = field(default_factory=list)
    lead_photo: Photo | None = None
    gallery: list[Photo] = field(default_factory=list)
    gallery_url: str = ""
    # Other old addresses of the gallery or its photos (WordPress attachment pages).
    gallery_aliases: list[str] = field(default_factory=list)
    category: str = ""
    tags: list[str] = field(default_factory=list)
    added_by: str = ""  # the old site's user name: mapped to a Rostra user by it
    added_by_name: str = ""  # the name shown when no user is mapped (default: added_by)
    views: int = 0
    comments: list[Comment] = field(default_factory=list)
    # Other addresses that lead to this entry (a WordPress ?p= guid, attachment pages, …).
    aliases: list[str] = field(default_factory=list)
    # {language: old address} of the versions this entry links to.
    versions: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def photos(self) -> list[Photo]:
        body = [value for kind, value in self.body if kind == "image"]
        lead = [self.lead_photo] if self.lead_photo else []
        return lead + body + self.gallery

    def fingerprint(self) -> str:
        """A digest of everything imported, photo files included (by size and time)."""

        def default(value):
            if isinstance(value, Path):
                try:
                    stat = value.stat()
                except OSError:
                    return str(value)
                return f"{value}:{stat.st_size}:{stat.st_mtime_ns}"
            if isinstance(value, datetime.date | datetime.datetime):
                return value.isoformat()
            raise TypeError(type(value))

        data = json.dumps(asdict(self), default=default, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(data.encode()).hexdigest()


@dataclass
class Story:
    """The language versions of one report; imported as translations of one page."""

    entries: list[Entry]


@dataclass
class Failure:
    key: str
    reason: str


@dataclass
class Parsed:
    """What a source read: the stories, and the entries it could not read with the reason."""

    stories: list[Story] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    skipped: list[Failure] = field(default_factory=list)
