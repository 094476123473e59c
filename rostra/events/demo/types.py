"""The shapes of events.yaml, which rostra.events.demo reads and checks key by key."""

from __future__ import annotations

from dataclasses import dataclass, field

from rostra.org.demo.types import HonourData

Texts = dict[str, str]  # language code -> text; a missing language falls back to English


@dataclass
class Item:
    kind: str
    speaker: str = ""  # a person's ref
    title: Texts = field(default_factory=dict)
    text: Texts = field(default_factory=dict)
    quote: Texts = field(default_factory=dict)
    honour: str = ""  # a key of the file's honours
    video_url: str = ""
    votes: dict[str, int] | None = None  # a motion's counts
    day: int = 0  # the session (day) of a multi-day event


@dataclass
class Participant:
    who: str  # a registry ref or a guest's name
    roles: list[str]
    represents: str = ""  # "unit:<slug>" | "partner:<slug>" | an affiliation


@dataclass
class Speech:
    title: Texts
    text: Texts = field(default_factory=dict)
    quote: Texts = field(default_factory=dict)


@dataclass
class Demo:
    slug: str
    kind: str
    unit: str
    title: Texts
    start: str  # local wall time, "YYYY-MM-DD HH:MM"
    hours: float
    zone: str
    summary: Texts = field(default_factory=dict)
    city: str = ""  # places, in English (registry.yaml translates them)
    country: str = ""
    venue: str = ""
    format: str = "in_person"
    online_url: str = ""
    occasion: str = ""  # a commemorative date's English title
    languages: list[str] = field(default_factory=lambda: ["en", "ru"])
    status: str = "held"
    registration: str = "invitation"
    capacity: int | None = None
    days: list[Texts] = field(default_factory=list)  # session titles, one per day
    people: list[Participant] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    photos: list[str] = field(default_factory=list)
    # A chapter's event: its people, the chair's opening, one speech, a discussion, the
    # secretary's closing; `guests` come after the chapter's people.
    chapter: str = ""
    speech: Speech | None = None
    guests: list[Participant] = field(default_factory=list)


@dataclass
class Chapter:
    unit: str
    chair: str
    secretary: str
    members: list[str]


@dataclass
class EventsData:
    chapters: dict[str, Chapter]
    agenda: dict[str, Texts]  # the titles of a chapter event's opening, discussion, closing
    honours: dict[str, HonourData]
    events: list[Demo]
