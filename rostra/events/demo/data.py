"""Reading events.yaml: the demo association's events, checked against their types."""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

from rostra.demo.content import ContentError, build, read_yaml
from rostra.events.demo.types import Demo, EventsData, Item, Participant

PATH = Path(__file__).resolve().parent / "events.yaml"
LANGUAGES = ("en", "ru", "zh-hans", "de")


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
