"""Reading events.yaml: the demo association's events, checked against their types."""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

from rostra.demo.content import ContentError, build, read_yaml
from rostra.events.demo.types import Demo, EventsData, Item, Participant

PATH = Path(__file__).resolve().parent / "events.yaml"
LANGUAGES = ("en", "ru", "zh-hans", "de")
REF = re.compile(r"^[a-z]{2}-\d{2}$")  # a registry person; anything else is a guest's name


def four(texts: dict[str, str]) -> tuple[str, str, str, str]:
    """Texts as the builders take them: (en, ru, zh-hans, de), "" where there is none."""
    return tuple(texts.get(language, "") for language in LANGUAGES)  # type: ignore[return-value]


@functools.cache
def data() -> EventsData:
    return build(EventsData, read_yaml(PATH), PATH)


def _expanded(demo: Demo) -> Demo:
    """A chapter's event written short, with its people and agenda filled in."""
    if not demo.chapter:
        return demo
    chapter = data().chapters.get(demo.chapter)
    if chapter is None or demo.speech is None or demo.people or demo.items:
        raise ContentError(
            f"{PATH}: {demo.slug}: chapter: a chapter's event names a known chapter, has a "
            "speech and no people or items of its own"
        )
    unit, titles = f"unit:{chapter.unit}", data().agenda
    people = [
        Participant(chapter.chair, ["chair", "speaker"], unit),
        Participant(chapter.secretary, ["delegate"], unit),
        *(Participant(ref, ["delegate"], unit) for ref in chapter.members),
        *demo.guests,
    ]
    items = [
        Item("opening", chapter.chair, titles["opening"]),
        Item("speech", chapter.members[0], demo.speech.title, demo.speech.text, demo.speech.quote),
        Item("discussion", "", titles["discussion"]),
        Item("closing", chapter.secretary, titles["closing"]),
    ]
    return dataclasses.replace(demo, unit=chapter.unit, people=people, items=items)


def events() -> list[Demo]:
    """Every demo event, the held ones first."""
    return [_expanded(demo) for demo in data().events]


def problems() -> list[str]:
    """What in events.yaml does not match the registry (unknown people, units, partners,
    places, occasions, photos, honours, languages); empty when all is well."""
    from rostra.demo.content import association, photos
    from rostra.org.demo.data import people_names, registry

    reg = registry()
    refs = {ref for ref, _o, _n in people_names()} | set(reg.named)
    units = {unit.slug for unit in reg.units}
    partners = {partner.slug for partner in reg.partners}
    occasions = {date.title["en"] for date in reg.dates}
    pictures = {photo.key for photo in photos()}
    languages = set(association().languages)
    found = []

    def party(where: str, value: str) -> None:
        kind, _sep, slug = value.rpartition(":")
        known = {"unit": units, "partner": partners, "": refs}.get(kind, set())
        if slug not in known:
            found.append(f"{where}: unknown {kind or 'person'} {slug}")

    for key, honour in data().honours.items():
        for value in [honour.to, *honour.by]:
            party(f"honour {key}", value)
    for demo in events():
        where = demo.slug
        if demo.unit not in units:
            found.append(f"{where}: unknown unit {demo.unit}")
        if demo.occasion and demo.occasion not in occasions:
            found.append(f"{where}: unknown occasion {demo.occasion}")
        for place in (demo.city, demo.country, demo.venue):
            if place and place not in reg.places:
                found.append(f"{where}: no translations of the place {place}")
        if not set(demo.languages) <= languages:
            found.append(f"{where}: unknown language in {demo.languages}")
        for person in demo.people:
            if REF.match(person.who) and person.who not in refs:
                found.append(f"{where}: unknown person {person.who}")
            if person.represents.startswith(("unit:", "partner:")):
                party(where, person.represents)
        for item in demo.items:
            if item.honour and item.honour not in data().honours:
                found.append(f"{where}: unknown honour {item.honour}")
        found += [f"{where}: unknown photo {key}" for key in demo.photos if key not in pictures]
    return found
