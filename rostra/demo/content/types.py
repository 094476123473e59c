"""The shapes the demo content is written in: stories, their texts per language, body blocks.

The YAML files under this folder are read into these types (rostra.demo.content.read), so a
misspelt key or a value of the wrong kind stops the load with the file and the key."""

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


# --- Body blocks, each written as a mapping whose first key names its kind -------------------


@dataclass(frozen=True)
class P:
    """A paragraph; inline HTML (<strong>, <a>) is kept."""

    p: str


@dataclass(frozen=True)
class H:
    h: str


@dataclass(frozen=True)
class Q:
    quote: str
    speaker: str = ""
    role: str = ""


@dataclass(frozen=True)
class Img:
    image: str  # a photo key
    caption: str = ""


@dataclass(frozen=True)
class Video:
    video: str  # its address
    title: str = ""
    poster: str = ""  # a photo key


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
    that the others are Wagtail translations of. `key` is the file's name."""

    days_before: int  # the date: this many days before content.ANCHOR
    place: str  # a key of the association's places
    category: str  # a key of the association's categories
    texts: dict[str, Text]
    key: str = ""
    lead_photo: str = ""
    gallery: list[str] = field(default_factory=list)
    featured: list[str] = field(default_factory=list)  # languages in which it is featured
    views: int = 300  # the source's view count; translations get a share of it


@dataclass
class Category:
    name: str
    slug: str
    description: str = ""


@dataclass
class Tree:
    """A language's home and news pages (the English ones come with the site)."""

    home_title: str
    news_title: str
    news_slug: str


@dataclass
class Editor:
    username: str
    first_name: str
    last_name: str
    group: str


@dataclass
class Association:
    """association.yaml: the site's frame. Texts are keyed by language code; a language
    configured in settings but missing here falls back to English."""

    languages: list[str]  # the languages the demo is written in, English first
    site_name: str
    name: dict[str, str]
    source: dict[str, str]  # the association's video channel, named in every dateline
    places: dict[str, dict[str, str]]
    tree: dict[str, Tree]
    home_intro: dict[str, str]
    news_intro: dict[str, str]
    categories: dict[str, dict[str, Category]]
    editors: list[Editor]
    email_domain: str
    default_owner: dict[str, str]
