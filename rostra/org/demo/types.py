"""The shapes of registry.yaml, which rostra.org.demo reads and checks key by key."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

Texts = dict[str, str]  # language code -> text


@dataclass
class UnitData:
    slug: str
    kind: str
    name: Texts = field(default_factory=dict)  # the association's comes from its own file
    parent: str = ""
    country: str = ""  # a place
    description: Texts = field(default_factory=dict)


@dataclass
class NamedPerson:
    original: str
    name: Texts
    language: str
    home: str = ""  # a unit's slug; empty: the crowd's chapter for the ref, or none (partners)
    public: bool = False
    member_since: datetime.date | None = None


@dataclass
class MembershipGroup:
    unit: str
    type: str
    since: datetime.date
    people: list[str]
    until: datetime.date | None = None


@dataclass
class PositionData:
    who: str
    role: str
    start: datetime.date
    title: Texts
    unit: str = ""
    partner: str = ""
    end: datetime.date | None = None
    order: int = 0


@dataclass
class HonourData:
    kind: str
    title: Texts
    date: datetime.date
    occasion: Texts
    to: str  # a person's ref, unit:<slug> or partner:<slug>
    by: list[str] = field(default_factory=list)  # the same, at most one of each kind


@dataclass
class PartnerData:
    slug: str
    kind: str
    name: Texts
    country: str = ""
    city: str = ""


@dataclass
class DateData:
    date: datetime.date  # of the first occurrence
    category: str
    title: Texts


@dataclass
class Names:
    """The name tables (columns as the file's comments say)."""

    zh_family: list[tuple[str, str, str]]
    zh_given: list[tuple[str, str, str]]
    ru_given: list[tuple[str, str, str, str, bool]]
    ru_family: list[tuple[str, str, str, str, str]]
    de_given: list[tuple[str, str, str]]
    de_family: list[tuple[str, str, str]]


@dataclass
class Registry:
    units: list[UnitData]
    crowd: dict[str, str]  # ref prefix -> home unit of the made-up members
    named: dict[str, NamedPerson]
    memberships: list[MembershipGroup]
    positions: list[PositionData]
    honours: list[HonourData]
    partners: list[PartnerData]
    dates: list[DateData]
    date_note: Texts
    bio: Texts
    places: dict[str, Texts]
    names: Names
