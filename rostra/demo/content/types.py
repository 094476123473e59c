"""The shapes the demo content is written in: stories, their texts per language, body blocks."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Photo:
    """A picture drawn by rostra.demo.pictures; `key` is its stable name."""

    key: str
    title: str
    scene: str
    color: tuple[int, int, int]
    label: str = ""
    banner: str | None = None


# --- Body blocks: P(aragraph), H(eading), Q(uote), Img (a photo by key), Video ---------------


@dataclass(frozen=True)
class P:
    html: str


@dataclass(frozen=True)
class H:
    text: str


@dataclass(frozen=True)
class Q:
    text: str
    speaker: str = ""
    role: str = ""


@dataclass(frozen=True)
class Img:
    photo: str
    caption: str = ""


@dataclass(frozen=True)
class Video:
    url: str
    title: str = ""
    poster: str = ""


Block = P | H | Q | Img | Video


@dataclass
class Text:
    """One language's version of a story."""

    title: str
    slug: str  # ASCII, unique under the language's news index
    lead: str
    body: list[Block]
    tags: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)  # one per gallery photo, in order
    owner: str = ""  # username; empty: the language's default editor


@dataclass
class Story:
    """One event's report; `texts` maps language to its text, the first being the source
    that the others are Wagtail translations of."""

    key: str
    days_before: int  # the date: this many days before content.ANCHOR
    place: str  # a key of content.association.PLACES
    category: str  # a slug of content.association.CATEGORIES
    texts: dict[str, Text]
    lead_photo: str = ""
    gallery: list[str] = field(default_factory=list)
    featured: frozenset[str] = frozenset()  # languages in which it is featured
    views: int = 300  # the source's view count; translations get a share of it
